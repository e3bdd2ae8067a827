#!/usr/bin/env python3
"""Validates plan files against docs/plan.schema.json (run by `make test` in a pinned virtualenv).

Every example must validate; every broken plan fixture whose mistake is one of shape (listed in
SHAPE) must fail; every other broken fixture that is readable YAML must validate, so the schema is
never stricter than `forumplan validate`. (A date that does not exist, such as 2026-02-30, has the
shape of a date: it is left to `validate`.) YAML is read as the decoder reads it (YAML 1.2 core: dates
and times stay text, `13:00` is not a number).
"""
import glob
import json
import re
import sys

import jsonschema
import yaml

SHAPE = {
    "bad-duration", "bad-id", "bad-time", "empty", "many-mistakes", "missing-required-key",
    "number-too-large", "sections-both", "unknown-constraint", "unknown-key", "unknown-language", "wrong-type",
}


class CoreLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core scalars: no timestamps, no sexagesimal or octal-by-zero numbers."""


CoreLoader.yaml_implicit_resolvers = {}
CoreLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
CoreLoader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789"))
CoreLoader.add_implicit_resolver("tag:yaml.org,2002:float", re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"), list("-+0123456789."))
CoreLoader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])


def main():
    with open("docs/plan.schema.json", encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []
    checked = 0

    def errors(path):
        with open(path, encoding="utf-8") as f:
            return [e.message for e in validator.iter_errors(yaml.load(f, Loader=CoreLoader))]

    for path in sorted(glob.glob("examples/*.yaml")):
        checked += 1
        problems = errors(path)
        if problems:
            failures.append(f"{path}: example does not validate: {problems[0]}")
    for path in sorted(glob.glob("Tests/ForumModelTests/Fixtures/broken/*.yaml")):
        name = path.rsplit("/", 1)[1][:-5]
        try:
            problems = errors(path)
        except yaml.YAMLError:
            if name in SHAPE:
                failures.append(f"{path}: listed as a shape error but is not readable YAML")
            continue
        checked += 1
        if name in SHAPE and not problems:
            failures.append(f"{path}: a shape error the schema accepts")
        if name not in SHAPE and problems:
            failures.append(f"{path}: the schema rejects it, but its mistake is not one of shape: {problems[0]}")
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"check-schema: {checked} plan files checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
