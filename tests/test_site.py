"""Site names from the page: find_site_name."""

from __future__ import annotations

import pytest

from sitegen.clean.site import find_site_name

TITLE = "Ten Ways to Cook Rice"


@pytest.mark.parametrize(("lines", "name"), [
    ([f"{TITLE} | The Daily Planet", TITLE, "Body text."], "The Daily Planet"),
    ([f"{TITLE} - Example News", TITLE], "Example News"),
    ([f"{TITLE} — Example News", TITLE], "Example News"),
    ([TITLE, "Body.", "© 2022 Site Name"], "Site Name"),
    ([TITLE, "Copyright © 2025 WABC-TV. All Rights Reserved."], "WABC-TV"),
    ([TITLE, "© Copyright Gannett 2025"], "Gannett"),
    ([TITLE, "Jane Doe © 2025. All content is the property of Jane Doe."], "Jane Doe"),
    ([TITLE, "© 2017-2025 Fastarz, All rights reserved."], "Fastarz"),
    ([TITLE, "© Copyright 1995 - 2026 Example.org a Big Media Company|Terms and Conditions"], "Example.org"),
    ([TITLE, "© 2025 Example, Inc."], "Example"),
    ([TITLE, "© 2025 by Example Films LLC"], "Example Films"),
    ([TITLE, "Privacy Notice © 2026 Store Growers"], "Store Growers"),
    ([TITLE, "Copyright (c) 2019 Example Media Group. All rights reserved."], "Example Media Group"),
    ([TITLE, "Alle Rechte vorbehalten © 2021 Beispiel Verlag"], "Beispiel Verlag"),
    # The title line wins over the copyright line.
    ([f"{TITLE} | The Daily Planet", TITLE, "© 2022 Planet Media Group"], "The Daily Planet"),
])
def test_site_names(lines: list[str], name: str) -> None:
    assert find_site_name(lines, TITLE) == name


@pytest.mark.parametrize("lines", [
    [TITLE, "Body text."],
    [f"{TITLE}: Introduction", TITLE],  # a subtitle, not a site
    [f"Blog / {TITLE}", TITLE],  # a breadcrumb
    [TITLE, "Photo: © Agency/Jane Doe"],  # a photo credit, no year
    [TITLE, "By 2021, the copyright holders said they would sue."],
    [TITLE, "All rights reserved."],
    [TITLE, "© 2024 Trademark and Patent Information"],
    [],
])
def test_no_site_name(lines: list[str]) -> None:
    assert find_site_name(lines, TITLE) == ""


def test_without_a_title_only_the_copyright_line_counts() -> None:
    lines = [f"{TITLE} | The Daily Planet", TITLE, "© 2022 Planet Media"]
    assert find_site_name(lines, "") == "Planet Media"
