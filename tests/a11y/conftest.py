"""The accessibility and markup checkers: axe-core (npm, run inside Debian's chromium) and the Nu HTML Checker
(vnu-jar from npm, run by a Java runtime). `npm ci` installs both into node_modules; `.ci/run` does it."""

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.conftest import require_system
from tests.e2e.conftest import browser, live_demo  # noqa: F401  (the browser tests' fixtures, shared)

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Impacts that fail a page. Moderate and minor findings are best-practice advice, not barriers.
BLOCKING = ["serious", "critical"]

# Violations inside markup we do not write (Wagtail's admin), each as exact as one rule on one element can be.
# Each says why it cannot be fixed here; anything else found on the same screen still fails.
ADMIN_EXCEPTIONS: list[dict] = []

_RUN_AXE = """
async ({blocking, exceptions}) => {
  const results = await axe.run(document, {resultTypes: ["violations"]});
  const found = [];
  for (const violation of results.violations) {
    const nodes = violation.nodes.filter((node) => {
      if (!blocking.includes(node.impact)) return false;
      const selector = node.target[0];
      const element = typeof selector === "string" ? document.querySelector(selector) : null;
      return !exceptions.some((e) => e.rule === violation.id && element && element.matches(e.selector));
    });
    if (nodes.length) {
      found.push({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: nodes.map((node) => ({
          target: node.target.join(" "),
          html: node.html.slice(0, 240),
          summary: (node.failureSummary || "").replace(/\\s+/g, " ").slice(0, 400),
        })),
      });
    }
  }
  return found;
}
"""


class Axe:
    """Runs axe-core on the page a Playwright page shows and collects serious and critical violations by screen."""

    def __init__(self):
        self.source = AXE.read_text(encoding="utf-8")
        self.problems: list[str] = []
        self.checked: list[str] = []

    def check(self, page, name: str) -> list[str]:
        page.wait_for_load_state("load")
        # Evaluated through the DevTools protocol, so a Content-Security-Policy on the page cannot block it.
        if not page.evaluate("() => typeof window.axe === 'object'"):
            page.evaluate(self.source)
        found = page.evaluate(_RUN_AXE, {"blocking": BLOCKING, "exceptions": ADMIN_EXCEPTIONS})
        self.checked.append(name)
        problems = [
            f"{name} ({page.url}): [{violation['impact']}] {violation['rule']}: {violation['help']}\n"
            f"    at {node['target']}: {node['html']}\n    {node['summary']}"
            for violation in found
            for node in violation["nodes"]
        ]
        self.problems += problems
        return problems

    def assert_clean(self) -> None:
        assert self.checked, "no page was checked"
        assert not self.problems, f"{len(self.problems)} serious or critical axe-core violations:\n" + "\n".join(
            self.problems
        )


@pytest.fixture
def axe():
    require_system("axe-core (npm ci, from package-lock.json)", AXE.exists())
    return Axe()


def _file_name(index: int, name: str) -> str:
    return f"{index:02d}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}.html"


def vnu_errors(pages: dict[str, str]) -> dict[str, list[str]]:
    """Every page's HTML checked in one Java run (the JVM start dominates), returning errors by page name."""
    with tempfile.TemporaryDirectory(prefix="vnu-") as folder:
        files = {}
        for index, (name, html) in enumerate(pages.items()):
            path = Path(folder) / _file_name(index, name)
            path.write_text(html, encoding="utf-8")
            files[path.name] = name
        paths = [str(Path(folder) / file) for file in sorted(files)]
        completed = subprocess.run(
            ["java", "-jar", str(VNU), "--errors-only", "--exit-zero-always", "--format", "json", *paths],
            capture_output=True,
            text=True,
            timeout=180,
        )
    report = json.loads(completed.stderr or completed.stdout)
    errors: dict[str, list[str]] = {name: [] for name in pages}
    for message in report["messages"]:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        url = message.get("url", "?")
        name = files.get(url.rsplit("/", 1)[-1], url)
        errors.setdefault(name, []).append(
            f"line {message.get('lastLine', '?')}: {message['message']}  «{message.get('extract', '').strip()}»"
        )
    return errors


@pytest.fixture
def vnu():
    require_system("a Java runtime (default-jre-headless)", shutil.which("java") is not None)
    require_system("the Nu HTML Checker (npm ci, vnu-jar from package-lock.json)", VNU.exists())
    return vnu_errors
