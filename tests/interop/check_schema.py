"""Validates GraphML files against the GraphML rules in graphml-rules.xsd.

Usage: check_schema.py XSD NAME FILE EXPECT [NAME FILE EXPECT ...]

EXPECT is `valid` or `invalid`. Prints one line per file and exits
non-zero when a file's validity is not the expected one. Reads nothing
but the given files: location hints in the documents are not followed.
"""
import sys

import xmlschema


def main():
    schema = xmlschema.XMLSchema(sys.argv[1])
    rows = sys.argv[2:]
    failed = 0
    for i in range(0, len(rows), 3):
        name, path, expect = rows[i : i + 3]
        errors = list(schema.iter_errors(path, use_location_hints=False))
        got = "invalid" if errors else "valid"
        reason = f": {errors[0].reason}" if errors else ""
        if got == expect:
            print(f"ok {name}: {got}{reason}")
        else:
            failed += 1
            print(f"FAILED {name}: {got}, want {expect}{reason}")
    print(f"schema checks: {len(rows) // 3 - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
