"""pytest set-up: finds the built package (PYTHONPATH=<build>/python, set by ctest) and the
shared data folder (PRECIS_DATA)."""

import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]

try:
    import precis  # noqa: F401
except ImportError:  # run by hand from the repository: try the usual build folders
    for build in ("build-py", "build"):
        candidate = ROOT / build / "python"
        if (candidate / "precis").is_dir():
            sys.path.insert(0, str(candidate))
            break

os.environ.setdefault("PRECIS_DATA", str(ROOT.parent / "shared" / "data"))
