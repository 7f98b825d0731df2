"""Domestic marks of the countries English-language news covers most (round 26).

What one country's own copy writes without naming the country: its first-level
subdivisions, cities the dateline and city lexicons do not hold, its legislature, national
agency and public broadcaster, police, courts, parties, regulators and stock indices, and
its currency as written in copy. ``roles.NATIONAL_CUES`` adds them to the marks it already
knew (an undated story with two marks or more of one country that outweigh every other
country named is set in that country: ``roles._national_copy``).

Every mark is case-sensitive and names that country only. Left out on purpose: words of
everyday English (Delta, Rivers, Meta, Java, Vox), given names and surnames (Brittany,
Kerry, Clare, Guerrero, Hidalgo, Mendoza), places shared by several countries or by a U.S.
town (Victoria, Georgia, Perth, Punjab, Kashmir, Limburg, Patagonia, Macedonia, Halifax,
Hamilton, Plymouth, Durango, Sonora, Santa Fe, Cordoba), initials of several bodies (PTI:
the Indian agency and the Pakistani party; AAP: the Australian agency and the Indian party;
CBI, RBI, EFF, DA, NPA, PAP, CNA, CCTV, FSB, HSE, APC, PDP, INE), currencies several
countries write (rupees, Rs, crore, lakh, pesos, dinars, riyals, dirhams, shillings, kroner,
won, yen and yuan in markets copy), and bodies whose names fill foreign and war copy as much
as domestic (the Kremlin, the IDF, the IRGC, Al Jazeera, Deutsche Welle, AFP).
"""

import re

# country code -> its marks, literal names separated by "|" (matched as whole words)
DOMESTIC_NAMES = {
    "GB": "Holyrood|Senedd|Stormont|Police Scotland|Met Police|DVLA|DWP|Ofqual|Network Rail"
    "|ITV|Channel 4|Sheriff Court|Court of Session|Stoke-on-Trent|Luton"
    "|Wigan|Doncaster|Rotherham|Barnsley|Huddersfield",
    "IE": "Seanad|Dún Laoghaire|Dun Laoghaire|Naas|Athlone|Tralee|Killarney|Letterkenny"
    "|Castlebar|Navan|Mullingar|Portlaoise|Tullamore|ESB|Bus Éireann|Iarnród Éireann"
    "|Irish Water|Uisce Éireann|Tusla",
    "AU": "ACCC|ASIC|APRA|RBA|Uluru|Kakadu|Great Barrier Reef|Sunshine Coast|Bondi"
    "|Parramatta|Fremantle|Alice Springs|Pilbara|Nine Network|Seven Network",
    "CA": "TSX|CBC|Radio-Canada|Hydro-Québec|Hydro-Quebec|Hydro One|OPP|Ontario Provincial"
    " Police|Sûreté du Québec|Surete du Quebec|NDP|Bloc Québécois|Bloc Quebecois",
    "NZ": "Taranaki|Hawke's Bay|Bay of Plenty|Manawatū|Manawatu"
    "|Coromandel|Wairarapa|Kiwibank|Fonterra|TVNZ|NZ Police|NZ First|NZ Herald|NZTA"
    "|Waka Kotahi|Waitangi",
    "IN": "Goa|Ladakh|Doordarshan|IANS|NDTV|Sensex|Nifty|SEBI|Sebi|Shiv Sena|Trinamool"
    "|DMK|AIADMK|Samajwadi|Vidhan Sabha|Rashtrapati Bhavan|Gurugram",
    "ZA": "SAPS|Economic Freedom Fighters|Democratic Alliance|Free State|Northern Cape"
    "|SABC|News24|Transnet|JSE|Tshwane|Ekurhuleni|Nelson Mandela Bay|Sassa"
    "|SASSA|Springboks",
    "KE": "Kiambu|Machakos|Kakamega|Turkana|Garissa|Nyeri|Kilifi|Kajiado|Uasin Gishu"
    "|Safaricom|IEBC|EACC|Nation Media Group",
    "DE": "Bundestag|Bundeswehr|Bundesbank|BaFin|Bundeskartellamt|Bavaria|Baden-Württemberg"
    "|Thuringia|North Rhine-Westphalia|Rhineland-Palatinate|Saarland"
    "|Schleswig-Holstein|Saxony-Anhalt|Lower Saxony|Brandenburg|CDU|SPD"
    "|AfD|Deutsche Bahn|ZDF|IG Metall|DAX",
    "FR": "Élysée|Elysee|Matignon|Assemblée nationale|Gendarmerie|Provence|Occitanie"
    "|Auvergne|Alsace|Corsica|Nouvelle-Aquitaine|Hauts-de-France|Seine-Saint-Denis"
    "|Bouches-du-Rhône|Gironde|CAC 40|Banque de France|National Rally|Rassemblement National"
    "|La France Insoumise|Les Républicains|SNCF|RATP|Ligue 1|TF1|Lyon|Marseille",
    "IT": "Carabinieri|Guardia di Finanza|Quirinale|Palazzo Chigi|Montecitorio|Serie A|ANSA"
    "|RAI|Lombardy|Tuscany|Veneto|Sicily|Sardinia|Campania|Calabria|Apulia|Puglia|Liguria"
    "|Emilia-Romagna|Abruzzo|Umbria|Friuli|Trentino|Alto Adige|South Tyrol|Basilicata"
    "|Molise|Consob|Lega|Five Star Movement|Brothers of Italy|Milan|Turin",
    "ES": "Moncloa|Congress of Deputies|Guardia Civil|Mossos d'Esquadra|Catalonia|Andalusia"
    "|Basque Country|Castile|Aragon|Asturias|Navarre|Extremadura|Cantabria|Canary Islands"
    "|Balearic Islands|La Liga|LaLiga|PSOE|Podemos|Generalitat|IBEX|Ibex 35|Audiencia"
    " Nacional|Seville",
    "PT": "Assembleia da República|Algarve|Azores|Alentejo|Benfica",
    "NL": "Tweede Kamer|Eredivisie|North Holland|South Holland|Noord-Holland|Zuid-Holland"
    "|Gelderland|Overijssel|Friesland|Drenthe|Flevoland|Zeeland|North Brabant|Noord-Brabant"
    "|VVD|PVV|GroenLinks|De Nederlandsche Bank|Rijkswaterstaat|Schiphol",
    "BE": "Flanders|Wallonia|Flemish|Walloon|N-VA|Vlaams Belang|RTBF|VRT|Belga|Antwerp",
    "AT": "Carinthia|Styria|Vorarlberg|Burgenland|ÖVP|FPÖ|SPÖ|ORF|Salzburg|Innsbruck|Graz",
    "SE": "Riksdag|Riksbank|SVT|Västra Götaland|Norrland|Gothenburg",
    "NO": "Storting|Stortinget|Norges Bank|NRK|Finnmark|Nordland|Svalbard|Lofoten|NTB",
    "DK": "Folketing|Folketinget|Jutland|Ritzau|Danske Bank",
    "FI": "Eduskunta|Uusimaa|Yle|YLE|Vantaa",
    "PL": "Sejm|PiS|Civic Coalition|Civic Platform|Mazovia|Silesia|Krakow"
    "|Kraków|Gdansk|Gdańsk|Wroclaw|Wrocław",
    "GR": "Hellenic Parliament|Crete|Thessaly|Peloponnese|Epirus|Cyclades"
    "|Dodecanese|Syriza|SYRIZA|PASOK|Thessaloniki",
    "TR": "Grand National Assembly|AKP|AK Party|HDP|Anadolu|Hatay|Kahramanmaraş"
    "|Kahramanmaras|Malatya|Adıyaman|Adiyaman|Borsa Istanbul",
    "RU": "State Duma|Duma|Roskomnadzor|Rosstat|Roscosmos|Sberbank|Chechnya|Dagestan"
    "|Tatarstan|Bashkortostan|Yakutia|Siberia|TASS|RIA Novosti|Rosgvardia|Novosibirsk"
    "|Yekaterinburg",
    "UA": "Verkhovna Rada|Rada|Ukrinform|Donbas|SBU|Naftogaz|Ukrenergo|Kharkiv|Odesa|Lviv"
    "|Dnipro|Zaporizhzhia",
    "JP": "Komeito|Hokkaido|Okinawa|Kyushu|Shikoku|Honshu|Fukushima|Kanagawa|Chiba|Hyogo"
    "|Aichi|Miyagi|Iwate|NHK|Kyodo|Osaka|Nagoya|Shinkansen|Self-Defense Forces",
    "CN": "National People's Congress|Xinhua|Global Times|People's Daily|Guangdong|Zhejiang"
    "|Jiangsu|Sichuan|Hubei|Hunan|Henan|Hebei|Shandong|Shanxi|Shaanxi|Fujian|Yunnan"
    "|Guizhou|Guangxi|Xinjiang|Jilin|Liaoning|Heilongjiang|Anhui|Jiangxi|Hainan|Gansu"
    "|Qinghai|Ningxia|RMB|CSRC|PBOC|Zhongnanhai|Shanghai|Guangzhou|Shenzhen|Wuhan|Chongqing",
    "HK": "Hang Seng|LegCo|Legco|Kowloon|Tsim Sha Tsui|Wan Chai|Sha Tin"
    "|Lantau|New Territories",
    "TW": "Legislative Yuan|Executive Yuan|Kuomintang|KMT"
    "|Hsinchu|Taichung|Kaohsiung|Tainan|Central News Agency",
    "SG": "People's Action Party|Changi|Jurong|Tampines|Sentosa|HDB|CPF|Straits Times|SGX",
    "MY": "Dewan Rakyat|Bernama|UMNO|Umno|Pakatan Harapan|Perikatan Nasional"
    "|Barisan Nasional|Selangor|Johor|Sarawak|Kelantan|Terengganu|Pahang|Perak|Kedah"
    "|Perlis|Negeri Sembilan|Putrajaya|MACC|Penang",
    "ID": "West Java|East Java|Central Java|Sumatra|Kalimantan|Sulawesi|Lombok|Aceh|Riau"
    "|Maluku|Nusa Tenggara|Banten|Golkar|PDI-P|Gerindra|Surabaya|Bandung",
    "PH": "Malacañang|Malacanang|Mindanao|Luzon|Visayas|Comelec|ABS-CBN|Quezon City|Cebu"
    "|Davao",
    "TH": "Pheu Thai|Bhumjaithai|Chiang Mai|Phuket|Pattaya",
    "PK": "Karachi|Lahore|Peshawar|Sindh|Khyber Pakhtunkhwa|Balochistan|Gilgit-Baltistan"
    "|PML-N|Tehreek-e-Insaf|ISPR|Rawalpindi",
    "BD": "Awami League|Jatiya Sangsad|Chittagong|Chattogram|Sylhet",
    "NG": "Borno|Anambra|Ogun|Abia|Akwa Ibom|Bayelsa|Zamfara|Katsina|Bauchi|Adamawa"
    "|Ekiti|Osun|Kwara|Kogi|Benue|Nasarawa|Taraba|Yobe|Jigawa|Gombe|Kebbi|Ebonyi|EFCC"
    "|INEC|NNPC|NAFDAC|Aso Rock|Nollywood|Lagos|Kano|Port Harcourt",
    "GH": "Kumasi|Tema",
    "ZW": "ZANU-PF|Zanu-PF|Mashonaland|Matabeleland|Manicaland|Masvingo|Bulawayo",
    "ET": "Tigray|Amhara|Oromia|TPLF",
    "IL": "Knesset|Likud|Yesh Atid|Haaretz|Histadrut|Tel Aviv|Haifa|Negev|Galilee",
    "IR": "IRNA|Tasnim|Khuzestan|Isfahan|Mashhad",
    "MX": "Jalisco|Sinaloa|Michoacán|Michoacan|Tamaulipas|Nuevo León|Nuevo Leon"
    "|Coahuila|Zacatecas|Baja California|Yucatán|Yucatan|Quintana Roo|Chiapas|Morelos"
    "|Colima|Nayarit|Campeche|Tlaxcala|Pemex|Banxico|Sedena|IMSS|Televisa|TV Azteca"
    "|Monterrey",
    "BR": "Minas Gerais|Bahia|Paraná|Pernambuco|Ceará|Pará|Goiás|Santa Catarina"
    "|Rio Grande do Sul|Espírito Santo|Maranhão|Mato Grosso|Piauí|Alagoas|Sergipe|Rondônia"
    "|Roraima|Amapá|Tocantins|Paraíba|Planalto|Itamaraty|Petrobras|Bovespa|Folha de S.Paulo"
    "|Agência Brasil|Brasileirão|São Paulo|Sao Paulo|Rio de Janeiro",
    "AR": "Casa Rosada|Peronist|Peronists|Peronism|Kirchnerism|INDEC|Clarín|Chubut|Jujuy"
    "|Entre Ríos|Corrientes",
    "CO": "Antioquia|Cundinamarca|Valle del Cauca|Cauca|Nariño|Boyacá|Chocó|Putumayo"
    "|Caquetá|Guaviare|Catatumbo|FARC|ELN|Ecopetrol|Medellín|Medellin|Barranquilla",
    "CL": "Araucanía|Araucania|Biobío|Bío Bío|Maule|Los Lagos|Aysén|Magallanes|Ñuble"
    "|Tarapacá|Coquimbo|Codelco|Carabineros|Valparaíso|Valparaiso|Antofagasta",
}  # fmt: skip

# marks a word list cannot hold: currencies as copy writes them, a name some other
# name contains ("South Tyrol" is Italy's), lower-case currency names after a sum
DOMESTIC_PATTERNS = {
    "DE": r"\b(?<!Austrian )Bundesliga\b|\bCologne(?! Cathedral)\b",
    "AT": r"\b(?<!South )Tyrol\b",
    "PL": r"\b(?<!Western )Pomerania\b|\d[\d.,]* (?:million |billion )?(?:zlotys?|złoty)\b",
    "HU": r"\d[\d.,]* (?:million |billion )?forints?\b",
    "SE": r"\d[\d.,]* (?:million |billion )?(?:kronor|Swedish crowns)\b",
    "UA": r"\d[\d.,]* (?:million |billion )?hryvnias?\b",
    "ID": r"\bRp ?\d|\d[\d.,]* (?:million |billion |trillion )?rupiah\b",
    "MY": r"\bRM ?\d|\d[\d.,]* (?:million |billion )?ringgit\b",
    "TH": r"\d[\d.,]* (?:million |billion )?baht\b",
    "NG": r"₦ ?\d|\d[\d.,]* (?:million |billion |trillion )?naira\b",
    "GH": r"\bGH₵ ?\d|\d[\d.,]* (?:million |billion )?cedis?\b",
    "ZA": r"\d[\d.,]* (?:million |billion )?rand\b",
    "IL": r"\bNIS ?\d|\d[\d.,]* (?:million |billion )?shekels?\b",
    "RU": r"\d[\d.,]* (?:million |billion )?(?:roubles?|rubles?)\b",
    "SG": r"\bS\$ ?\d",
    "HK": r"\bHK\$ ?\d",
    "TW": r"\bNT\$ ?\d",
    "BR": r"\bR\$ ?\d|\d[\d.,]* (?:million |billion )?reais\b",
    "KR": r"₩ ?\d",
    "JP": r"\bKyoto(?! Protocol)\b|\bLiberal Democratic Party(?! of)\b|\bLDP\b",
}  # fmt: skip


def domestic_marks() -> dict[str, str]:
    """Country code -> one regular expression of its marks (the names as whole words, then
    its patterns)."""
    marks: dict[str, str] = {}
    for code in DOMESTIC_NAMES.keys() | DOMESTIC_PATTERNS.keys():
        names = DOMESTIC_NAMES.get(code, "").split("|") if code in DOMESTIC_NAMES else []
        parts = []
        if names:
            escaped = (re.escape(n) for n in sorted(names, key=len, reverse=True))
            parts.append(r"\b(?:" + "|".join(escaped) + r")\b")
        if code in DOMESTIC_PATTERNS:
            parts.append(DOMESTIC_PATTERNS[code])
        marks[code] = "|".join(parts)
    return marks
