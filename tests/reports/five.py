"""Five contracts in five municipalities, 2023, for the annual overview."""

from datetime import date

from aflastapp.core import earnings
from aflastapp.core.models import Child, Contract, DiarySnapshot
from tests.reports import diaries as D


def five() -> DiarySnapshot:
    kids = [
        Child(f"c{i}", n, date(2012 + i, 3, 1 + i))
        for i, n in enumerate(
            ("Åse Müller-Jensen", "Bjørn Lévêque", "Noah Sørensen", "Freja Østergaard-Kristiansen", "Ida Bæk")
        )
    ]
    towns = ("slagelse", "randers", "nyborg", "haderslev", "morsoe")
    ks = [Contract(f"k{i}", kids[i].id, t, date(2022, 1, 1), vederlag_count=4) for i, t in enumerate(towns)]
    stays = []
    for i in range(5):
        for m in range(1, 13):
            n = 1 + (m + i * 2) % 6
            stays.append(
                D.stay(
                    f"s{i}-{m}",
                    f"k{i}",
                    f"2023-{m:02d}-0{1 + i}T15:00",
                    f"2023-{m:02d}-{2 + i + n:02d}T16:00",
                )
            )
    return DiarySnapshot(family=D.FAMILY, children=tuple(kids), contracts=tuple(ks), stays=tuple(stays))


NAMES = {
    "k0": "Slagelse Kommune",
    "k1": "Randers Kommune",
    "k2": "Nyborg Kommune",
    "k3": "Haderslev Kommune",
    "k4": "Morsø Kommune",
}

if __name__ == "__main__":
    from aflastapp.reports import annual

    snap = five()
    previews = earnings.preview_months(snap, [(2023, m) for m in range(1, 13)])
    open("/tmp/i13/annual5.pdf", "wb").write(annual.render(snap, 2023, previews, municipality_names=NAMES))
