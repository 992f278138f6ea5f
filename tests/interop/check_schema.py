"""Validates GraphML or GEXF files against a rules schema (graphml-rules.xsd,
gexf-rules.xsd); a schema that declares vc:minVersion="1.1" is read as XML
Schema 1.1, for its assertions.

Usage: check_schema.py XSD NAME FILE EXPECT [NAME FILE EXPECT ...]

EXPECT is `valid` or `invalid`. Prints one line per file and exits
non-zero when a file's validity is not the expected one. Reads nothing
but the given files: location hints in the documents are not followed.
"""
import sys

import xmlschema


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        version_11 = 'vc:minVersion="1.1"' in f.read()
    schema_class = xmlschema.XMLSchema11 if version_11 else xmlschema.XMLSchema
    schema = schema_class(sys.argv[1])
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
