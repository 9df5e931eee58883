#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-a11y.py EASEL: the accessibility tree as a screen reader gets it,
# over AT-SPI (under the test's X display and D-Bus session). Starts Easel,
# walks its main window, opens the walkthrough with the Walkthrough button,
# walks the slide in view, and fails on
#   - a button, toggle or menu button without a name, or named after its
#     widget class ("GtkImage");
#   - a name that still carries its mnemonic or repeats itself ("_Run Run");
#   - a page that is out of sight but exposed: controls of the atelier and
#     of other slides while a slide is shown;
#   - a control exposed twice (a squeezer's narrow and wide variants, a
#     view switcher's two layouts), the mode as buttons and as a combo box
#     at once, a drop-down's "(None)";
#   - a walkthrough that is not a named region, a slide that is not named
#     "Slide N of M: title" with its title a heading, focus that does not
#     follow the slide on "Next slide", speaker notes exposed while hidden.
# Prints TAP.

import os
import subprocess
import sys
import time

import pyatspi

BUTTONS = {"push button", "toggle button", "menu button", "check box", "radio button", "combo box"}


def find_app(name, process, timeout=30):
    end = time.time() + timeout
    while time.time() < end and process.poll() is None:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    return None


def walk(node, found):
    """Every node under @node that is exposed, with its role and name."""
    for child in node:
        if child is None:
            continue
        try:
            found.append((child.getRoleName(), child.name or "", child))
        except Exception:
            continue
        walk(child, found)
    return found


def bad_names(nodes):
    problems = []
    for role, name, _ in nodes:
        if role not in BUTTONS:
            continue
        words = name.split()
        half = len(words) // 2
        if not name.strip():
            problems.append(f"{role} without a name")
        elif name.startswith("Gtk") or name.startswith("Adw"):
            problems.append(f"{role} named after its class: {name!r}")
        elif "_" in name:
            problems.append(f"{role} name with its mnemonic: {name!r}")
        elif len(words) % 2 == 0 and half > 0 and words[:half] == words[half:]:
            problems.append(f"{role} name said twice: {name!r}")
    return problems


def count(nodes, role, name):
    return sum(1 for r, n, _ in nodes if r == role and n == name)


def walk_until(app, ready, timeout=30):
    """The tree under @app once @ready(tree) holds (the window is shown,
    the slides are in view), polled, not slept for: a machine busy with
    other tests takes its time; after @timeout, the tree as it is."""
    end = time.time() + timeout
    while True:
        nodes = walk(app, [])
        if ready(nodes) or time.time() >= end:
            return nodes
        time.sleep(0.2)


def main():
    binary = sys.argv[1]
    env = dict(os.environ)
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    results = []

    def check(ok, what, detail=""):
        results.append((ok, what, detail))

    # A display busy with the other tests may refuse the first
    # connection ("cannot open display"): the app then exits, and is
    # started again.
    for attempt in range(3):
        app_process = subprocess.Popen([binary], env=env)
        app = find_app("easel", app_process)
        if app is not None or app_process.poll() is None:
            break
        time.sleep(1)

    try:
        if app is None:
            print("1..1\nnot ok 1 - Easel shows up on the accessibility bus")
            return 1
        window = walk_until(app, lambda nodes: count(nodes, "push button", "Walkthrough") == 1 and
                            count(nodes, "push button", "Start the Hammer") == 1)
        problems = bad_names(window)
        check(not problems, "main window: every control has a plain name", "; ".join(problems))
        check(count(window, "push button", "Start the Hammer") == 1,
              "main window: one hammer button")
        panel_toggle = [node for r, n, node in window if n == "CPU Panel" and r in BUTTONS]
        check(len(panel_toggle) == 1, "main window: the panel toggle is named")
        if panel_toggle:
            states = panel_toggle[0].getState()
            check(states.contains(pyatspi.STATE_PRESSED) or states.contains(pyatspi.STATE_CHECKED),
                  "main window: the panel toggle says it is pressed (the panel is shown)",
                  repr(pyatspi.stateToString(s) for s in states.getStates()))
        for role, name in (("push button", "Run"), ("push button", "Run All"), ("page tab", "Timeline"),
                           ("page tab", "Comparison"), ("page tab", "Scaling")):
            check(count(window, role, name) == 1, f"main window: one {role} {name!r}",
                  str(count(window, role, name)))
        check(count(window, "push button", "Sequential") + count(window, "combo box", "Mode") == 1,
              "main window: the mode as buttons or as a combo box, not both")
        check(count(window, "label", "(None)") == 0, "main window: no drop-down says (None)")
        timeline_pages = [n for r, n, _ in window if r == "image" and n in
                          ("Timeline of the run", "Comparison of the modes", "Scaling with the number of workers")]
        check(timeline_pages == ["Timeline of the run"],
              "main window: only the atelier's page in view is exposed", repr(timeline_pages))

        walkthrough = [node for r, n, node in window if r == "push button" and n == "Walkthrough"]
        check(len(walkthrough) == 1, "main window: a Walkthrough button")
        if walkthrough:
            walkthrough[0].queryAction().doAction(0)
            slide = walk_until(app, lambda nodes: count(nodes, "push button", "Run All") == 0)
            problems = bad_names(slide)
            check(not problems, "walkthrough: every control has a plain name", "; ".join(problems))
            check(count(slide, "push button", "Start the Hammer") <= 1,
                  "walkthrough: only the slide in view is exposed (one hammer at most)",
                  str(count(slide, "push button", "Start the Hammer")))
            check(count(slide, "push button", "Run All") == 0,
                  "walkthrough: the atelier behind the slides is not exposed")
            check(any(n == "Walkthrough" and r in ("panel", "filler", "section", "landmark")
                      for r, n, _ in slide), "walkthrough: a region named Walkthrough")
            slides = [n for r, n, _ in slide if r == "panel" and n.startswith("Slide 1 of ")]
            check(len(slides) == 1, "walkthrough: the slide is named with its place and title", repr(slides))
            title = slides[0].split(": ", 1)[1] if slides else None
            check(title is not None and count(slide, "heading", title) == 1,
                  "walkthrough: the slide's title is a heading")
            check(not any("Point at the lines" in n for _, n, _ in slide),
                  "walkthrough: the hidden speaker notes are not exposed")
            following = [node for r, n, node in slide if r == "push button" and n == "Next slide"]
            check(len(following) == 1, "walkthrough: a Next slide button")
            if following:
                following[0].queryAction().doAction(0)
                focused = walk_until(app, lambda nodes: any(
                    n.startswith("Slide 2 of ") and node.getState().contains(pyatspi.STATE_FOCUSED)
                    for _, n, node in nodes))
                check(any(n.startswith("Slide 2 of ") and node.getState().contains(pyatspi.STATE_FOCUSED)
                          for _, n, node in focused),
                      "walkthrough: focus moves to the next slide, named",
                      repr([n for _, n, node in focused if node.getState().contains(pyatspi.STATE_FOCUSED)]))
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()

    print(f"1..{len(results)}")
    for i, (ok, what, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {what}")
        if not ok and detail:
            print(f"# {detail}")
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
