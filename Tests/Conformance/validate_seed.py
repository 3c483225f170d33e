"""Validates sandbox seeds against schema/sandbox-seed.schema.json.

Usage: python3 validate_seed.py SCHEMA SEED...
Prints one line per seed, `valid` or `invalid: <first error>`, and exits 0; exits 3 with a
message when the jsonschema package is missing.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("the Python package 'jsonschema' is missing: pip install jsonschema", file=sys.stderr)
    sys.exit(3)

schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    error = jsonschema.exceptions.best_match(validator.iter_errors(json.load(open(path))))
    if error is None:
        print("valid")
    else:
        where = "/".join(str(part) for part in error.absolute_path) or "(root)"
        print(f"invalid: {where}: {error.message[:200]}")
