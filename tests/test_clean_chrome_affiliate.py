"""A page's notice that it earns from its links or its vendors: chrome."""

from __future__ import annotations

import pytest

from sitegen.clean import vocab


@pytest.mark.parametrize("text", [
    "Some of the links in this article are affiliate ones.",
    "(By using the affiliate links and/or codes in this blog post it supports the studio. We may get a small kick "
    "back by you doing so.)",
    "Vendors may pay us for placement, which may affect where they appear in our rankings.",
])
def test_affiliate_notices_in_more_of_their_wordings(text: str) -> None:
    assert vocab.affiliate_notice(text)


@pytest.mark.parametrize("text", [
    "The links below are to our own site.",  # no affiliate
    "ZDNet may earn a commission from some of the products featured on this page.",  # the site named, not itself
    "Our team pays us nothing extra for overtime.",  # no vendor
    "The companies in this guide pay their staff well.",
    "\"Record companies pay us nothing and the advertisers have gone online,\" the station manager said.",  # a quote
    "Several of the creators interviewed for this article earn commissions from the brands they promote.",
])
def test_lines_that_only_speak_of_links_or_pay_are_no_affiliate_notice(text: str) -> None:
    assert not vocab.affiliate_notice(text)
