"""Plain words for case values: vocabulary labels, countries, partial dates, money."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.cases import vocab
from app.cases.model import Money, When

translate = QCoreApplication.translate  # a bare name pyside6-lupdate reads with its context


def term(terms: tuple[vocab.Term, ...], code: str | None) -> str:
    """The translated label of a vocabulary code ("" for no answer)."""
    if not code:
        return ""
    return QCoreApplication.translate("vocab", vocab.label(terms, code))


def terms(vocabulary: tuple[vocab.Term, ...], codes: Iterable[str]) -> str:
    return ", ".join(term(vocabulary, c) for c in codes)


def country(code: str) -> str:
    """'Cambodia' for KH; other two-letter codes are shown as they are."""
    if not code:
        return ""
    known = vocab.codes(vocab.COUNTRIES)
    return term(vocab.COUNTRIES, code) if code in known else code


def countries(codes: Iterable[str], separator: str = ", ") -> str:
    return separator.join(country(c) for c in codes)


def fuzzy_date(value: str) -> str:
    """'2024' -> '2024', '2024-03' -> 'March 2024', '2024-03-15' -> '15 March 2024'."""
    if not value:
        return ""
    locale = QLocale()
    try:
        if len(value) == 7:
            month = locale.monthName(int(value[5:7]), QLocale.FormatType.LongFormat)
            return f"{month} {value[:4]}"
        if len(value) == 10:
            day = date.fromisoformat(value)
            return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
    except ValueError:
        return value
    return value


def when(value: When) -> str:
    text = fuzzy_date(value.date)
    if text and value.approximate:
        return translate("CaseText", "about {date}").format(date=text)
    return text


def short_date(value: str) -> str:
    """'3 Dec' for a full date (the deadline notice), else the date as stored."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return value
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def medium_date(value: str) -> str:
    """'29 Nov 2026' for a full date, for table columns; other values as fuzzy_date shows them."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return fuzzy_date(value)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def decimal(value: str) -> Decimal | None:
    try:
        number = Decimal(value)
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _numbers() -> QLocale:
    """The interface language's digits and separators, always grouped (the bare C locale omits groups)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def number(count: int) -> str:
    """1500 -> '1,500', with the digits and separators of the interface language (QLocale)."""
    return _numbers().toString(count)


def amount(value: Decimal) -> str:
    """1500 -> '1,500', 1500.5 -> '1,500.50', as the interface language writes numbers."""
    if value == value.to_integral_value():
        return number(int(value))
    return fixed(value)


def fixed(value: Decimal, places: int = 2) -> str:
    """1500 -> '1,500.00': always ``places`` decimals, as the interface language writes numbers."""
    return _numbers().toString(float(value), "f", places)


def money(value: Money) -> str:
    if not value.amount:
        return ""
    parsed = decimal(value.amount)
    shown = amount(parsed) if parsed is not None else value.amount
    return f"{shown} {value.currency}".strip()


def yes_no(code: str) -> str:
    return "" if code == "unknown" else term(vocab.YES_NO, code)


def lines(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Only the answered ones: a timeline lists what is known, not a form full of blanks."""
    return [(name, value) for name, value in pairs if value]
