"""What every page must pass in a real browser: axe-core with no serious or critical
violations, no console errors, no Content-Security-Policy violations, and no sideways
scrolling. axe-core comes from npm and is evaluated through the DevTools protocol, which the
page's CSP does not govern (an injected <script> tag would be refused, rightly)."""

from pathlib import Path

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = {"serious", "critical"}

WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


def watch(page) -> list[str]:
    """Start recording console errors (returned list) and CSP violations on this page."""
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script(WATCH_CSP)
    return errors


# Colours caught halfway through a hover or focus transition are not what anyone reads: let
# those transitions finish before measuring contrast (long ones, like the breathing shape's
# growth, are about size, not colour, and are left running).
SETTLE_COLOURS = """async () => {
  const colour = /color|background|border|box-shadow|opacity/;
  const running = document.getAnimations().filter(
    (a) => a.transitionProperty && colour.test(a.transitionProperty));
  await Promise.all(running.map((a) => a.finished.catch(() => null)));
}"""


def axe_violations(page) -> list[str]:
    page.mouse.move(0, 0)  # the page at rest: no button left hovered by the last click
    page.evaluate(SETTLE_COLOURS)
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:3])
        for v in result
        if v["impact"] in SERIOUS
    ]


def problems(page, errors: list[str]) -> list[str]:
    """Everything wrong with the page as it stands now; empty when all is well."""
    found = [f"axe: {v}" for v in axe_violations(page)]
    found += [f"console: {e}" for e in errors]
    found += [f"CSP: {v}" for v in page.evaluate("window.__cspViolations || []")]
    width = page.evaluate("document.documentElement.scrollWidth")
    viewport = page.viewport_size["width"]
    if width > viewport:
        found.append(f"scrolls sideways: {width}px wide in a {viewport}px viewport")
    return found


CONTRAST = """(el) => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 4).map(Number);
  const luminance = ([r, g, b]) => {
    const f = (v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  let back = el;
  while (back && rgb(getComputedStyle(back).backgroundColor)[3] === 0) back = back.parentElement;
  const fore = luminance(rgb(getComputedStyle(el).color));
  const ground = luminance(rgb(getComputedStyle(back || document.body).backgroundColor));
  return (Math.max(fore, ground) + 0.05) / (Math.min(fore, ground) + 0.05);
}"""


def contrast(locator) -> float:
    """The contrast ratio of an element's text on the nearest background behind it (opaque
    colours only). axe passes over text that is exactly the colour of its background."""
    return locator.evaluate(CONTRAST)
