"""Rule sources are shown to the family without raw handbook file names."""

from aflastapp.gui import fmt


def test_handbook_file_names_read_as_the_municipalitys_handbook(qapp: object) -> None:
    assert fmt.source("slagelse-aflastning.txt: Hoteldøgn") == \
        "Slagelse Kommunes håndbog, afsnittet »Hoteldøgn«"
    assert fmt.source("jf. morsoe-plejefamilier.md: Kørsel") == \
        "jf. Morsø Kommunes håndbog, afsnittet »Kørsel«"
    assert fmt.source("randers-aflastning.txt") == "Randers Kommunes håndbog"
    assert fmt.source("a.txt: X; b.txt: Y") == \
        "A Kommunes håndbog, afsnittet »X«; B Kommunes håndbog, afsnittet »Y«"


def test_other_sources_are_left_as_written(qapp: object) -> None:
    assert fmt.source("Kommunens brev af 12.12.2025") == "Kommunens brev af 12.12.2025"
    assert fmt.source("") == ""
