#!/usr/bin/env python3
"""Runs a test command that needs ../shared/data: when PATH is missing it is skipped (exit 77, ctest's
SKIP_RETURN_CODE), or fails under CI=true, like CSM_REQUIRE_SHARED_FILE in tests/SharedData.h.

  require_shared_data.py PATH COMMAND [ARGS...]
"""
import os
import subprocess
import sys

path, command = sys.argv[1], sys.argv[2:]
if not os.path.exists(path):
    if os.environ.get('CI', '').lower() in ('true', '1'):
        print(f'{path} is missing: CI needs the shared data folder (CI=true).')
        sys.exit(1)
    print(f'{path} is missing (../shared/data): skipped.')
    sys.exit(77)
sys.exit(subprocess.call(command))
