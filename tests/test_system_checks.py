"""Django's system checks show no warning (as manage.py commands print them) on whichever
database the suite runs."""

import pytest
from django.core import checks


@pytest.mark.django_db
def test_system_checks_raise_no_warning():
    messages = checks.run_checks(databases=["default"])
    shown = [m for m in messages if m.level >= checks.WARNING and not m.is_silenced()]
    assert [str(message) for message in shown] == []
