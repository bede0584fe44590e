"""What each cancellation path means for the admin, in their language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.graph.tenant import SubscriptionOverview
from app.subscription.rules import ONLINE_LIMIT, CancellationPath, Decision

YOUR_PRODUCTS_URL = "https://go.microsoft.com/fwlink/p/?linkid=842054"
SUPPORT_URL = "https://admin.microsoft.com/AdminPortal/Home#/support"
PARTNERS_URL = "https://admin.microsoft.com/#/partnerrelationships"

_HEADLINES = {
    CancellationPath.TRIAL: QT_TRANSLATE_NOOP("rules", "Nothing to cancel: this is a trial."),
    CancellationPath.ONLINE: QT_TRANSLATE_NOOP("rules", "You can cancel this subscription online."),
    CancellationPath.TOO_MANY_LICENCES: QT_TRANSLATE_NOOP("rules", "Too many licences to cancel online."),
    CancellationPath.PARTNER: QT_TRANSLATE_NOOP("rules", "Your partner cancels this subscription."),
    CancellationPath.PRODUCT_KEY: QT_TRANSLATE_NOOP("rules", "Call Microsoft support to cancel."),
    CancellationPath.OTHER_PRODUCT: QT_TRANSLATE_NOOP("rules", "Call Microsoft support to cancel."),
    CancellationPath.ALREADY_ENDED: QT_TRANSLATE_NOOP("rules", "This subscription is no longer active."),
}

_EXPLANATIONS = {
    CancellationPath.TRIAL: QT_TRANSLATE_NOOP(
        "rules",
        "Trial subscriptions end by themselves unless a payment method is added. This one "
        "changes state on {date}. Don't add a payment method, and back up anything you want to "
        "keep before then."),
    CancellationPath.ONLINE: QT_TRANSLATE_NOOP(
        "rules",
        "{n} licences are assigned ({limit} or fewer), so you can cancel it yourself in the admin "
        "center under <b>Billing &gt; Your products</b>. Continue: the wizard first helps you "
        "move your domain and back up your data."),
    CancellationPath.TOO_MANY_LICENCES: QT_TRANSLATE_NOOP(
        "rules",
        "{n} licences are assigned; online cancellation allows {limit} or fewer. Either remove "
        "the licence from at least {k} users (below), or <a href='{support}'>ask Microsoft "
        "support to call you</a>."),
    CancellationPath.PARTNER: QT_TRANSLATE_NOOP(
        "rules",
        "It was bought through a Microsoft partner, and only the partner can cancel it. Contact "
        "them; you find them in the admin center under <a href='{partners}'>Settings &gt; "
        "Partner relationships</a>."),
    CancellationPath.PRODUCT_KEY: QT_TRANSLATE_NOOP(
        "rules",
        "Subscriptions bought with a product key are cancelled by support, and the money is not "
        "refunded. <a href='{support}'>Contact support in the admin center</a>."),
    CancellationPath.OTHER_PRODUCT: QT_TRANSLATE_NOOP(
        "rules",
        "{product} is one of the products (such as Dynamics 365 and Intune) that cannot be "
        "cancelled online. <a href='{support}'>Contact support in the admin center</a>."),
    CancellationPath.ALREADY_ENDED: QT_TRANSLATE_NOOP(
        "rules",
        "Its status is {status}: it has already been cancelled or disabled. While it is "
        "disabled, admins can still back up its data, which is deleted 90 to 180 days after "
        "cancelling."),
}

# Which steps of the wizard still apply: every path goes on through Domains and Backup.
_STEPS = {
    CancellationPath.TRIAL: QT_TRANSLATE_NOOP(
        "rules",
        "Still do the next steps: move your domain's mail and back up your files, because the "
        "data is deleted after the trial ends. Click Next. At the end the wizard only checks "
        "the trial's dates: there is nothing to cancel."),
    CancellationPath.ONLINE: "",
    CancellationPath.TOO_MANY_LICENCES: QT_TRANSLATE_NOOP(
        "rules",
        "You can also click Next as it is: moving your domain and backing up apply either way, "
        "and the last step shows the support route if more than {limit} licences stay."),
    CancellationPath.PARTNER: QT_TRANSLATE_NOOP(
        "rules",
        "The next steps still apply to you, not the partner: click Next to move your domain and "
        "back up your data. The last step gives you the facts to hand your partner."),
    CancellationPath.PRODUCT_KEY: QT_TRANSLATE_NOOP(
        "rules",
        "The next steps still apply: click Next to move your domain and back up your data. The "
        "last step gives you the facts support asks for."),
    CancellationPath.OTHER_PRODUCT: QT_TRANSLATE_NOOP(
        "rules",
        "The next steps still apply: click Next to move your domain and back up your data. The "
        "last step gives you the facts support asks for."),
    CancellationPath.ALREADY_ENDED: QT_TRANSLATE_NOOP(
        "rules",
        "Click Next to back up while admins still can, and to check your domain."),
}

_FEE = QT_TRANSLATE_NOOP(
    "rules",
    "<b>Note:</b> cancelling before the end of the term may cost an early-termination fee. "
    "Check your terms under <a href='{products}'>Billing &gt; Your products</a>.")


def _translate(text: str) -> str:
    return QCoreApplication.translate("rules", text)


def headline(decision: Decision) -> str:
    """One line: what applies."""
    return _translate(_HEADLINES[decision.path])


def explanation(decision: Decision, overview: SubscriptionOverview) -> str:
    """Rich text: why, and what to do next, with the right contact route."""
    when = overview.subscription.next_lifecycle
    facts = {
        "date": QLocale().toString(when.date(), QLocale.FormatType.LongFormat) if when else "–",
        "n": decision.assigned_licenses,
        "limit": ONLINE_LIMIT,
        "k": decision.licences_to_remove,
        "product": overview.name,
        "status": overview.subscription.status,
        "support": SUPPORT_URL,
        "partners": PARTNERS_URL,
        "products": YOUR_PRODUCTS_URL,
    }
    text = _translate(_EXPLANATIONS[decision.path]).format(**facts)
    if _STEPS[decision.path]:
        text += "<br><br>" + _translate(_STEPS[decision.path]).format(**facts)
    if decision.early_termination_fee_possible:
        text += "<br><br>" + _translate(_FEE).format(**facts)
    return text
