#!/usr/bin/env python3
"""Fails when Package.swift and the sources disagree about who uses whom.

SwiftPM lets a target import any module that happens to be built before it, so an undeclared import
compiles today and breaks the day the graph changes. This check reads the manifest through
`swift package dump-package` and the `import` lines of every Swift file, and reports:

  - an import of one of our modules (or a package product) that the target does not declare;
  - a declared dependency that no file of the target imports (a dependency on an executable target is
    allowed: it is there so the binary is built before the tests that run it);
  - an import of a module that is neither ours, a product, nor part of the toolchain;
  - a pipeline stage importing a stage above it (the order is STAGES below).

Run from anywhere: `python3 scripts/check-imports.py`. Standard library only.
"""
import json
import os
import re
import subprocess
import sys

# The pipeline from the bottom up: a stage may import only stages strictly below it.
STAGES = [
    {"CLibCSV", "CLibCrypto", "CMalloc", "CFileSync"},
    {"CSVReader"},
    {"RefgapModel"},
    {"RefgapIngest"},
    {"RefgapNormalize"},
    {"RefgapSegment"},
    {"RefgapAllocate"},
    {"RefgapPrioritize"},
    {"RefgapRender"},
    {"RefgapCore"},
    {"refgap"},
]
# The shared value types stand apart from the pipeline: they import nothing of ours.
IMPORTS_NOTHING_OF_OURS = {"RefgapModel"}

# Modules that come with the Swift toolchain or the OS: never declared in Package.swift.
TOOLCHAIN = {
    "Swift", "Foundation", "FoundationEssentials", "FoundationInternationalization", "FoundationNetworking",
    "FoundationXML", "Dispatch", "Glibc", "Darwin", "Musl", "Android", "WinSDK", "Testing", "XCTest",
    "Synchronization", "Observation", "RegexBuilder", "_Concurrency", "_StringProcessing", "CoreFoundation",
}
# A product whose module is not named after it: product name -> module name.
PRODUCT_MODULES = {}

IMPORT = re.compile(
    r"^\s*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*"
    r"(?:(?:public|package|internal|fileprivate|private)\s+)?"
    r"import\s+(?:(?:struct|class|enum|protocol|typealias|func|var|let)\s+)?"
    r"([A-Za-z_][A-Za-z0-9_]*)"
)


def imports_of(folder):
    """Module name -> the first file:line importing it, over every .swift file under folder."""
    found = {}
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as source:
                for number, line in enumerate(source, 1):
                    match = IMPORT.match(line)
                    if match:
                        found.setdefault(match.group(1), f"{path}:{number}")
    return found


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.chdir(root)
    manifest = json.loads(subprocess.run(
        ["swift", "package", "dump-package"], check=True, capture_output=True, text=True).stdout)
    targets = {t["name"]: t for t in manifest["targets"]}
    rank = {name: level for level, names in enumerate(STAGES) for name in names}
    problems = []

    for name, target in targets.items():
        if target["type"] == "system":
            continue
        declared = {}  # module -> whether a missing import is fine
        for dependency in target["dependencies"]:
            kind, value = next(iter(dependency.items()))
            dep = value[0]
            if kind == "product":
                declared[PRODUCT_MODULES.get(dep, dep)] = False
            else:
                is_executable = targets.get(dep, {}).get("type") == "executable"
                declared[PRODUCT_MODULES.get(dep, dep)] = is_executable
        folder = target.get("path") or os.path.join("Tests" if target["type"] == "test" else "Sources", name)
        imported = imports_of(folder)

        for module, where in sorted(imported.items()):
            if module == name or module in TOOLCHAIN:
                continue
            if module not in declared:
                what = "one of our targets" if module in targets else "a module"
                problems.append(f"{where}: {name} imports {module} ({what}) but does not declare it in Package.swift")
            if module in targets and name in IMPORTS_NOTHING_OF_OURS:
                problems.append(f"{where}: {name} imports {module}; {name} must import nothing of ours")
            elif module in rank and name in rank and rank[module] >= rank[name]:
                problems.append(f"{where}: {name} imports {module}, a stage at or above it in the pipeline")
        for module, may_be_unused in sorted(declared.items()):
            if module not in imported and not may_be_unused:
                problems.append(f"Package.swift: {name} declares {module} but no file in {folder} imports it")

    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check-imports: {len(problems)} problem(s); make Package.swift say what each target imports",
              file=sys.stderr)
        return 1
    print(f"check-imports: {len(targets)} targets, imports match Package.swift and the stage order")
    return 0


if __name__ == "__main__":
    sys.exit(main())
