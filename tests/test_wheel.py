"""The built wheel carries the graph: installed into a fresh venv and run from elsewhere, it works."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_into_a_fresh_venv_and_validates(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(ROOT)],
        check=True,
    )
    (wheel,) = wheels.glob("cgkg-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], check=True)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "CGKG_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("PYTHONPATH", None)
    validated = subprocess.run(
        [str(bin_dir / "cgkg"), "validate"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "Valid:" in validated.stderr

    profile = subprocess.run(
        [str(bin_dir / "cgkg"), "query", "cluster-profile", "--param", "cluster", "柳市低压电器", "--csv"],
        cwd=elsewhere, env=env, capture_output=True, text=True,
    )
    assert profile.returncode == 0, profile.stderr
    # "在柳市低压电器、平湖光机电等产业集群内部,正泰、德力西…" - Chint leads Liushi.
    assert "https://w3id.org/cgkg/id/agent/chint" in profile.stdout
    # The installed package reads its bundled copy, not this checkout.
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import cgkg.paths as p; print(p.ROOT)"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )
    assert "_bundle" in where.stdout
