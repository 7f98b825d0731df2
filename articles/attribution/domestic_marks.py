"""Domestic marks of the countries English-language news covers most (round 26).

What one country's own copy writes without naming the country: its first-level
subdivisions, cities the dateline and city lexicons do not hold, its legislature, national
agency and public broadcaster, police, courts, parties, regulators and stock indices, and
its currency as written in copy. ``roles._national_copy`` adds them to the marks
``roles.NATIONAL_CUES`` already knew (an undated story with two marks or more of one
country that outweigh every other country named is set in that country); the names are
looked up word by word (one scan, a dict), not tried as a regular expression's
alternatives at every capital (three times slower).

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
from collections import Counter

# country code -> its marks, literal names separated by "|" (matched as whole words)
DOMESTIC_NAMES = {
    "GB": "Holyrood|Senedd|Stormont|Police Scotland|Met Police|DVLA|DWP|Ofqual|Network Rail"
    "|ITV|Channel 4|Court of Session|Stoke-on-Trent|Luton"
    "|Wigan|Doncaster|Rotherham|Barnsley|Huddersfield",
    "IE": "Seanad|Dún Laoghaire|Dun Laoghaire|Naas|Athlone|Tralee|Killarney|Letterkenny"
    "|Castlebar|Navan|Mullingar|Portlaoise|Tullamore|ESB|Bus Éireann|Iarnród Éireann"
    "|Irish Water|Uisce Éireann|Tusla",
    "AU": "ACCC|ASIC|APRA|RBA|Uluru|Kakadu|Great Barrier Reef|Sunshine Coast|Bondi"
    "|Parramatta|Fremantle|Alice Springs|Pilbara|Nine Network|Seven Network",
    "CA": "TSX|CBC|Radio-Canada|Hydro-Québec|Hydro One|OPP"
    "|Sûreté du Québec|NDP|Bloc Québécois|Bloc Quebecois",
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
    "|Roraima|Amapá|Tocantins|Paraíba|Planalto|Itamaraty|Petrobras|Bovespa|Folha"
    "|Agência Brasil|Brasileirão|São Paulo|Sao Paulo|Rio de Janeiro",
    "AR": "Casa Rosada|Peronist|Peronists|Peronism|Kirchnerism|INDEC|Clarín|Chubut|Jujuy"
    "|Entre Ríos|Corrientes",
    "CO": "Antioquia|Cundinamarca|Valle del Cauca|Cauca|Nariño|Boyacá|Chocó|Putumayo"
    "|Caquetá|Guaviare|Catatumbo|FARC|ELN|Ecopetrol|Medellín|Medellin|Barranquilla",
    "CL": "Araucanía|Araucania|Biobío|Bío Bío|Maule|Los Lagos|Aysén|Magallanes|Ñuble"
    "|Tarapacá|Coquimbo|Codelco|Carabineros|Valparaíso|Valparaiso|Antofagasta",
}  # fmt: skip

# marks a word list cannot hold: currencies written with a sign or initials, a name some
# other name contains ("South Tyrol" is Italy's); regular expressions, each opening with a
# capital letter or a currency sign (roles.NATIONAL_CUE_RE tests that first)
DOMESTIC_PATTERNS = {
    "DE": r"\b(?<!Austrian )Bundesliga\b|\bCologne(?! Cathedral)\b",
    "AT": r"\b(?<!South )Tyrol\b",
    "PL": r"\b(?<!Western )Pomerania\b",
    "ID": r"\bRp ?\d",
    "MY": r"\bRM ?\d",
    "NG": r"₦ ?\d",
    "GH": r"\bGH₵ ?\d",
    "IL": r"\bNIS ?\d",
    "SG": r"\bS\$ ?\d",
    "HK": r"\bHK\$ ?\d",
    "TW": r"\bNT\$ ?\d",
    "BR": r"\bR\$ ?\d",
    "KR": r"₩ ?\d",
    "JP": r"\bKyoto(?! Protocol)\b|\bLiberal Democratic Party(?! of)\b|\bLDP\b",
}  # fmt: skip
# a currency one country writes, after a sum ("40 million ringgit", "25 rand")
DOMESTIC_CURRENCIES = {
    "zloty": "PL", "zlotys": "PL", "złoty": "PL", "forint": "HU", "forints": "HU",
    "kronor": "SE", "hryvnia": "UA", "hryvnias": "UA", "rupiah": "ID", "ringgit": "MY",
    "baht": "TH", "naira": "NG", "cedi": "GH", "cedis": "GH", "rand": "ZA", "shekel": "IL",
    "shekels": "IL", "rouble": "RU", "roubles": "RU", "ruble": "RU", "rubles": "RU",
    "reais": "BR",
}  # fmt: skip
CURRENCY_SUM_RE = re.compile(
    r"\d (?:million |billion |trillion )?("
    + "|".join(sorted(DOMESTIC_CURRENCIES, key=len, reverse=True))
    + r")\b"
)


def _names_by_first_word() -> dict[str, list[tuple[str, str]]]:
    """First word of a mark -> (the mark, its country), the longest mark first."""
    index: dict[str, list[tuple[str, str]]] = {}
    for code, names in DOMESTIC_NAMES.items():
        for name in names.split("|"):
            index.setdefault(name.split(" ")[0], []).append((name, code))
    for marks in index.values():
        marks.sort(key=lambda mark: -len(mark[0]))
    return index


NAMES_BY_FIRST_WORD = _names_by_first_word()
# a word opening with a capital, not inside another ("McDonald" holds no "Donald")
CAPITALISED_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*")
WORD_CHARS = re.compile(r"[\w'’-]")


def count_domestic_marks(text: str) -> Counter[str]:
    """Country code -> how many of its marks (names and currencies after a sum) text
    writes: one scan for its capitalised words, then a substring search for each mark's
    first word that text holds, and a substring test per currency before its scan."""
    found = []
    for word in NAMES_BY_FIRST_WORD.keys() & set(CAPITALISED_RE.findall(text)):
        at = text.find(word)
        while at >= 0:
            if at == 0 or not WORD_CHARS.match(text, at - 1):
                for name, code in NAMES_BY_FIRST_WORD[word]:
                    end = at + len(name)
                    if text.startswith(name, at) and not WORD_CHARS.match(text, end):
                        found.append((at, end, code))
                        break
            at = text.find(word, at + 1)
    counts: Counter[str] = Counter()
    free = 0  # "State Duma" counts once, not again as "Duma"
    for start, end, code in sorted(found):
        if start >= free:
            counts[code] += 1
            free = end
    return _currencies(text, counts)


def _currencies(text: str, counts: Counter[str]) -> Counter[str]:
    """counts, plus the sums text writes in one country's currency."""
    if any(c in text for c in DOMESTIC_CURRENCIES):
        for m in CURRENCY_SUM_RE.finditer(text):
            counts[DOMESTIC_CURRENCIES[m.group(1)]] += 1
    return counts
