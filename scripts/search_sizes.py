"""Journal search against history size, measured in process (no server, no other page).

    .venv/bin/python scripts/search_sizes.py [--root CHECKOUT] [--rounds 15]

Seeds a two-week, a five-year and a twenty-year person with seed_demo into a fresh SQLite
database (or the one DATABASE_URL names), then times the journal page through Django's test
client, DEBUG off: an absent word, a common word, a prefix, a two-letter word (which the index
cannot narrow) and the floor page (help, signed in). Prints median milliseconds per request.
``--root`` measures another checkout (e.g. main before a change) with this same script.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PEOPLE = {"2 weeks": 14, "5 years": 5 * 365, "20 years": 20 * 365}
QUERIES = {
    "floor (help)": "/help/",
    "absent word": "/journal/?q=zeppelin",
    "common word": "/journal/?q=the",
    "prefix": "/journal/?q=brea",
    "two letters": "/journal/?q=ou",
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    root = Path(args.root).resolve()
    workdir = Path(tempfile.mkdtemp(prefix="detach-search-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'search.sqlite3'}")
    os.environ.update(DJANGO_DEBUG="false", DJANGO_ALLOWED_HOSTS="testserver", LOG_LEVEL="WARNING")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "detach.settings")
    python = str(root / ".venv" / "bin" / "python")

    def manage(*command: str) -> None:
        subprocess.run([python, "manage.py", *command], cwd=root, check=True)  # noqa: S603

    manage("migrate", "--noinput", "-v0")
    for days in PEOPLE.values():
        started = time.perf_counter()
        manage(
            "seed_demo",
            "--email",
            f"p{days}@example.org",
            "--password",
            "x" * 12,
            "--days",
            str(days),
        )
        print(f"seeded {days} days in {time.perf_counter() - started:.1f} s", flush=True)

    os.chdir(root)
    sys.path.insert(0, str(root))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    clients = {}
    for person, days in PEOPLE.items():
        clients[person] = Client()
        clients[person].force_login(get_user_model().objects.get(email=f"p{days}@example.org"))
    times = {(p, q): [] for p in PEOPLE for q in QUERIES}
    for round_number in range(args.rounds + 2):
        for person, client in clients.items():
            for name, path in QUERIES.items():
                started = time.perf_counter()
                response = client.get(path)
                elapsed = (time.perf_counter() - started) * 1000
                assert response.status_code == 200, (path, response.status_code)
                if round_number >= 2:
                    times[(person, name)].append(elapsed)
    print(
        f"\n{root} ({os.environ['DATABASE_URL'].split(':')[0]}), median ms of {args.rounds} rounds"
    )
    print(f"| query | {' | '.join(PEOPLE)} | 20 y / 2 w |")
    print(f"| --- |{' ---: |' * (len(PEOPLE) + 1)}")
    for name in QUERIES:
        medians = [statistics.median(times[(p, name)]) for p in PEOPLE]
        cells = " | ".join(f"{m:.1f}" for m in medians)
        print(f"| {name} | {cells} | {medians[-1] / medians[0]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
