"""Rule and rate data: every shipped value cites a real handbook heading; bad files are named."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from aflastapp.core import rates as rates_mod
from aflastapp.core.errors import DataFileError, ValidationError
from aflastapp.core.models import KLRate, MileageRate, Severity
from aflastapp.core.rates import load_kl_file, load_rates, validate_kl_row, validate_mileage_row
from aflastapp.core.rules import list_rule_sets, load_rule_set, load_rule_set_file

HANDBOOKS = Path("/work/shared/handbooks")
FIELDS = (
    "counting_method",
    "monthly_cap",
    "age_caps",
    "placement_threshold",
    "max_stay_nights",
    "cancellation_policy",
    "default_vederlag_count",
    "nights_report_period",
    "nights_report_due_day",
    "driving_report_period",
    "driving_report_due_day",
    "driving_report_severity",
    "driving_report_max_unreported_months",
    "expense_claim_due_day",
    "year_end_documentation_due",
    "status_report_lead_working_days",
    "status_report_questions",
    "expense_caps",
    "holiday_pay_percent",
    "income_type",
    "document_retention_months",
    "receipt_retention_years",
    "contract_end_age",
    "notice_period",
    "incident_report",
    "secure_post",
)


def test_all_six_rule_sets_load_with_display_names() -> None:
    names = {r.id: r.name for r in list_rule_sets()}
    assert names == {
        "slagelse": "Slagelse Kommune",
        "randers": "Randers Kommune",
        "nyborg": "Nyborg Kommune",
        "haderslev": "Haderslev Kommune",
        "morsoe": "Morsø Kommune",
        "generic": "Anden kommune",
    }
    assert list_rule_sets()[-1].id == "generic"


def test_rule_sets_are_read_once() -> None:
    assert load_rule_set("slagelse") is load_rule_set("slagelse")
    assert load_rates() is load_rates()


VERIFIED = Path(__file__).parent / "data" / "verified_sources.json"


def test_every_source_cites_a_heading_that_exists_in_its_handbook() -> None:
    """Each cited "<file>: <heading>" is in the verified list; where the handbooks are at hand
    (the shared folder next to the repository), each listed heading is checked in its file."""
    verified = set(json.loads(VERIFIED.read_text(encoding="utf-8")))
    cited = {
        getattr(rs, n).source
        for rs in list_rule_sets()
        for n in FIELDS
        if getattr(rs, n) is not None and not getattr(rs, n).assumed
    }
    assert cited <= verified, sorted(cited - verified)
    if HANDBOOKS.is_dir():
        for source in verified:
            file, heading = source.split(": ", 1)
            lines = [
                line.strip().strip("#* ").strip()
                for line in (HANDBOOKS / file).read_text(encoding="utf-8").splitlines()
            ]
            assert heading in lines or any(heading in line for line in lines if len(line) < 120), source


def test_key_values_from_the_handbooks() -> None:
    sl, ra, ny, mo, ha = (load_rule_set(x) for x in ("slagelse", "randers", "nyborg", "morsoe", "haderslev"))
    assert sl.monthly_cap and sl.monthly_cap.value == 14
    assert sl.status_report_lead_working_days and sl.status_report_lead_working_days.value == 14
    assert sl.holiday_pay().value == Decimal("12.5") and not sl.holiday_pay().assumed
    assert sl.document_retention_months and sl.document_retention_months.value == 1
    assert ra.driving_due_day(sl_settings()).value == 5
    assert ra.year_end_documentation_due and (
        ra.year_end_documentation_due.value.month,
        ra.year_end_documentation_due.value.day,
    ) == (1, 5)
    assert mo.driving_period().value == "quarter" and mo.driving_severity().value == Severity.FORFEIT
    assert [c.nights for c in ny.age_caps.value] == [6, 8, 10, 12]  # type: ignore[union-attr]
    assert ny.cap_for_age(2) is None and ny.cap_for_age(13).value == 10 and ny.cap_for_age(14).value == 12  # type: ignore[union-attr]
    assert [q.key for q in ha.status_questions().value] == [
        "funktionsniveau",
        "hverdag_weekend",
        "perspektiver",
        "andre_behov",
    ]
    six = sl.status_questions()
    assert len(six.value) == 6 and six.assumed and "Handleplanen" in six.source
    assert mo.status_questions().assumed  # issue 12: Handleplanen is not a family report


def sl_settings():
    from aflastapp.core.models import Settings

    return Settings()


def test_missing_handbook_values_fall_back_to_settings_marked_assumed() -> None:
    from aflastapp.core.models import Settings

    g = load_rule_set("generic")
    due = g.nights_due_day(Settings(default_due_day=8))
    assert due.value == 8 and due.assumed
    assert g.status_lead(Settings()).value == 10 and g.status_lead(Settings()).assumed


def test_unknown_rule_set_is_a_validation_error_naming_the_field() -> None:
    with pytest.raises(ValidationError) as exc:
        load_rule_set("atlantis")
    assert exc.value.problems[0].field == "kommune"


def write(tmp: Path, name: str, text: str) -> Path:
    p = tmp / name
    p.write_text(text, encoding="utf-8")
    return p


BASE = 'schema_version = 1\nid = "test"\nname = "Test Kommune"\nhandbook = "test.txt"\n'


@pytest.mark.parametrize(
    ("body", "key", "expected"),
    [
        (
            '[rules.monthly_cap]\nvalue = "fjorten"\nsource = "test.txt: Døgn"\n',
            "rules.monthly_cap.value",
            "heltal",
        ),
        ("[rules.monthly_cap]\nvalue = 14\n", "rules.monthly_cap.source", "angivet"),
        (
            '[rules.monthly_cap]\nvalue = 14\nsource = "other.txt: Døgn"\n',
            "rules.monthly_cap.source",
            "test.txt",
        ),
        ('[rules.montly_cap]\nvalue = 14\nsource = "test.txt: Døgn"\n', "rules.montly_cap", "kendt regel"),
        (
            '[rules.driving_report_period]\nvalue = "week"\nsource = "test.txt: K"\n',
            "rules.driving_report_period.value",
            '"month"',
        ),
        (
            '[rules.expense_caps]\nvalue = [{ category = "car_seat", amount = 1500.5, per = "expense" }]\n'
            'source = "test.txt: U"\n',
            "rules.expense_caps.value[0].amount",
            "tekst",
        ),
    ],
)
def test_bad_rule_file_names_file_key_and_expected(
    tmp_path: Path, body: str, key: str, expected: str
) -> None:
    path = write(tmp_path, "test.toml", BASE + body)
    with pytest.raises(DataFileError) as exc:
        load_rule_set_file(path)
    assert exc.value.file == "test.toml" and exc.value.key == key and expected in exc.value.expected


def test_rule_file_id_must_match_file_name_and_toml_must_parse(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as exc:
        load_rule_set_file(write(tmp_path, "other.toml", BASE))
    assert exc.value.key == "id"
    with pytest.raises(DataFileError) as exc:
        load_rule_set_file(write(tmp_path, "test.toml", BASE + "[rules\n"))
    assert exc.value.file == "test.toml" and "TOML" in exc.value.expected


def test_bad_rate_file_names_row_and_key(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "kl.toml",
        'schema_version = 1\n[[rows]]\nfrom = 2019-01-01\nsource = "x"\nvederlag_per_day = 142.5\n',
    )
    with pytest.raises(DataFileError) as exc:
        load_kl_file(path)
    assert (exc.value.file, exc.value.key) == ("kl.toml", "rows[0].vederlag_per_day")
    path = write(
        tmp_path,
        "kl.toml",
        'schema_version = 1\n[[rows]]\nfrom = 2019-01-01\nsource = "x"\nvederlag_per_day = "142.50"\n',
    )
    with pytest.raises(DataFileError) as exc:
        load_kl_file(path)
    assert "hele kroner" in exc.value.expected
    path = write(
        tmp_path, "kl.toml", 'schema_version = 1\n[[rows]]\nsource = "x"\nvederlag_per_day = "142"\n'
    )
    with pytest.raises(DataFileError) as exc:
        load_kl_file(path)
    assert exc.value.key == "rows[0].from"


def test_shipped_rates_only_verified_years_each_with_source() -> None:
    t = load_rates()
    assert t.value_on("vederlag_per_day", date(2021, 6, 1)).value == Decimal(148)  # type: ignore[union-attr]
    assert t.value_on("vederlag_per_day", date(2024, 6, 1)) is None  # 2024 not verified
    assert t.value_on("vederlag_per_day", date(2026, 6, 1)) is None  # 2026 not verified
    assert t.value_on("kost_logi_under_10", date(2022, 6, 1)) is None  # 2022 not verified
    assert t.value_on("kost_logi_10_plus", date(2024, 6, 1)).value == Decimal(221)  # type: ignore[union-attr]
    assert t.value_on("low_per_km", date(2027, 1, 1)) is None
    assert t.mileage_on(date(2026, 2, 1)).low_per_km == Decimal("2.28")  # type: ignore[union-attr]
    kl, mileage = t.rows()
    assert all(r.source for r in (*kl, *mileage))
    assert t.kl_on(date(2026, 6, 1)) is None


def test_overrides_layer_over_shipped_rows_and_are_validated() -> None:
    t = load_rates(
        kl_overrides=(KLRate(date(2025, 1, 1), "Kommunens brev", kost_logi_under_10=Decimal(215)),),
        mileage_overrides=(MileageRate(date(2023, 1, 1), "", low_per_km=Decimal("2.20")),),
    )
    assert t.value_on("kost_logi_under_10", date(2025, 3, 1)).value == Decimal(215)  # type: ignore[union-attr]
    assert t.value_on("vederlag_per_day", date(2025, 3, 1)).value == Decimal(167)  # type: ignore[union-attr]
    low = t.value_on("low_per_km", date(2023, 3, 1))
    assert (
        low is not None
        and low.value == Decimal("2.20")
        and low.override
        and low.source == rates_mod.OVERRIDE_SOURCE
    )
    with pytest.raises(ValidationError) as exc:
        validate_kl_row(KLRate(date(2025, 1, 1), "x", vederlag_per_day=Decimal("-1")))
    assert exc.value.problems[0].field == "vederlag pr. døgn (tabellens kronebeløb)"
    with pytest.raises(ValidationError):
        validate_mileage_row(MileageRate(date(1999, 1, 1), "x", low_per_km=Decimal("1.001")))
    with pytest.raises(ValidationError):
        load_rates(kl_overrides=(KLRate(date(2025, 1, 1), "x"),))
