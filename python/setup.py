"""Builds the precis Python package; the C++ module `precis._precis` is built with CMake.

    pip install --no-build-isolation ./python          # offline, from the repository root

Environment:
  PRECIS_CMAKE_BUILD_DIR  reuse this (configured or new) CMake build folder instead of a
                          temporary one, e.g. the folder of an earlier `cmake -B build`.
  PRECIS_CMAKE_ARGS       extra arguments for the CMake configure step.
  PRECIS_BUILD_JOBS       parallel build jobs (default: all cores).
"""

import os
import pathlib
import shlex
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent  # the repository root, holding CMakeLists.txt


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        if not (ROOT / "CMakeLists.txt").exists():
            raise RuntimeError(f"{ROOT}/CMakeLists.txt not found: build from a precis checkout")
        build_dir = pathlib.Path(
            os.environ.get("PRECIS_CMAKE_BUILD_DIR") or pathlib.Path(self.build_temp) / "cmake"
        ).resolve()
        build_dir.mkdir(parents=True, exist_ok=True)
        if not (build_dir / "CMakeCache.txt").exists():
            args = [
                "cmake", "-S", str(ROOT), "-B", str(build_dir),
                "-DCMAKE_BUILD_TYPE=Release",
                "-DPRECIS_DEVELOPER_MODE=OFF",
                "-DPRECIS_BUILD_PYTHON=ON",
                f"-DPython3_EXECUTABLE={sys.executable}",
            ]
            if shutil.which("ninja"):
                args += ["-G", "Ninja"]
            args += shlex.split(os.environ.get("PRECIS_CMAKE_ARGS", ""))
            subprocess.check_call(args)
        jobs = os.environ.get("PRECIS_BUILD_JOBS") or str(os.cpu_count() or 1)
        subprocess.check_call(
            ["cmake", "--build", str(build_dir), "--target", "_precis", "--parallel", jobs]
        )
        built = sorted((build_dir / "python" / "precis").glob("_precis*" + _suffix()))
        if not built:
            raise RuntimeError(f"no _precis module under {build_dir}/python/precis")
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[-1], target)


def _suffix():
    import sysconfig

    return sysconfig.get_config_var("EXT_SUFFIX") or ".so"


setup(ext_modules=[CMakeExtension("precis._precis")], cmdclass={"build_ext": CMakeBuild})
