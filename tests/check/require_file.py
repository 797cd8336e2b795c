#!/usr/bin/env python3
"""Runs a check that needs a file of ../shared/data; skips it (exit 77, ctest's SKIP_RETURN_CODE) when the file
is missing, or fails under CI=true.

  require_file.py PATH COMMAND [ARGS...]
"""
import os
import subprocess
import sys

path, command = sys.argv[1], sys.argv[2:]
if not os.path.exists(path):
    print(f"{path} is missing (../shared/data): {'failed, CI needs it' if os.environ.get('CI') else 'skipped'}.")
    sys.exit(1 if os.environ.get("CI", "").lower() in ("true", "1") else 77)
sys.exit(subprocess.call(command))
