"""Helpers for driving admin forms through the test client as an editor would."""

import pytest


def bound_form_data(form) -> dict:
    """The values a browser would submit for a rendered, unbound form."""
    data = {}
    for field in form:
        value = field.value()
        if value is None or value is False:
            continue
        if value is True:
            data[field.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[field.html_name] = [str(item) for item in value]
        else:
            data[field.html_name] = str(value)
    return data


@pytest.fixture
def change_form_data():
    """POST data for an admin change page as rendered: the form and every inline form."""

    def collect(response) -> dict:
        data = bound_form_data(response.context["adminform"].form)
        for inline in response.context["inline_admin_formsets"]:
            data.update(bound_form_data(inline.formset.management_form))
            for form in inline.formset.forms:
                data.update(bound_form_data(form))
        return data

    return collect
