"""What each cancellation path means for the admin, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.graph.tenant import SubscriptionOverview
from app.rules import ONLINE_LIMIT, CancellationPath, Decision

YOUR_PRODUCTS_URL = "https://go.microsoft.com/fwlink/p/?linkid=842054"
SUPPORT_URL = "https://admin.microsoft.com/AdminPortal/Home#/support"
PARTNERS_URL = "https://admin.microsoft.com/#/partnerrelationships"


def _t(text: str) -> str:
    return QCoreApplication.translate("rules", text)


def _date(overview: SubscriptionOverview) -> str:
    when = overview.subscription.next_lifecycle
    if when is None:
        return _t("its end date")
    return QLocale().toString(when.date(), QLocale.FormatType.LongFormat)


def headline(decision: Decision) -> str:
    """One line: what applies."""
    return {
        CancellationPath.TRIAL: _t("Nothing to cancel: this is a trial."),
        CancellationPath.ONLINE: _t("You can cancel this subscription online."),
        CancellationPath.TOO_MANY_LICENCES: _t("Too many licences to cancel online."),
        CancellationPath.PARTNER: _t("Your partner cancels this subscription."),
        CancellationPath.PRODUCT_KEY: _t("Call Microsoft support to cancel."),
        CancellationPath.OTHER_PRODUCT: _t("Call Microsoft support to cancel."),
        CancellationPath.ALREADY_ENDED: _t("This subscription is no longer active."),
    }[decision.path]


def explanation(decision: Decision, overview: SubscriptionOverview) -> str:
    """Rich text: why, and what to do next, with the right contact route."""
    path = decision.path
    name = overview.name
    if path is CancellationPath.TRIAL:
        text = _t("Trial subscriptions end by themselves unless a payment method is added. "
                  "This one changes state on {date}. Don't add a payment method, and back up "
                  "anything you want to keep before then.").format(date=_date(overview))
    elif path is CancellationPath.ONLINE:
        text = _t("{n} licences are assigned ({limit} or fewer), so you can cancel it yourself "
                  "in the admin center under <b>Billing &gt; Your products</b>. Continue: the "
                  "wizard first helps you move your domain and back up your data.").format(
                      n=decision.assigned_licenses, limit=ONLINE_LIMIT)
    elif path is CancellationPath.TOO_MANY_LICENCES:
        text = _t("{n} licences are assigned; online cancellation allows {limit} or fewer. "
                  "Either remove the licence from at least {k} users (below), or "
                  "<a href='{support}'>ask Microsoft support to call you</a>.").format(
                      n=decision.assigned_licenses, limit=ONLINE_LIMIT,
                      k=decision.licences_to_remove, support=SUPPORT_URL)
    elif path is CancellationPath.PARTNER:
        text = _t("It was bought through a Microsoft partner, and only the partner can "
                  "cancel it. Contact them; you find them in the admin center under "
                  "<a href='{url}'>Settings &gt; Partner relationships</a>.").format(
                      url=PARTNERS_URL)
    elif path is CancellationPath.PRODUCT_KEY:
        text = _t("Subscriptions bought with a product key are cancelled by support, and the "
                  "money is not refunded. <a href='{support}'>Contact support in the admin "
                  "center</a>.").format(support=SUPPORT_URL)
    elif path is CancellationPath.OTHER_PRODUCT:
        text = _t("{product} is one of the products (such as Dynamics 365 and Intune) that "
                  "cannot be cancelled online. <a href='{support}'>Contact support in the "
                  "admin center</a>.").format(product=name, support=SUPPORT_URL)
    else:
        text = _t("Its status is {status}: it has already been cancelled or disabled. While "
                  "it is disabled, admins can still back up its data, which is deleted 90 to "
                  "180 days after cancelling.").format(status=overview.subscription.status)
    if decision.early_termination_fee_possible:
        text += "<br><br>" + _t("<b>Note:</b> cancelling before the end of the term may cost "
                                "an early-termination fee. Check your terms under "
                                "<a href='{url}'>Billing &gt; Your products</a>.").format(
                                    url=YOUR_PRODUCTS_URL)
    return text
