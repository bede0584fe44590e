"""The cancellation rules from the source documents, applied to the demo tenant and edge cases."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.graph.models import Sku, Subscription
from app.graph.tenant import SubscriptionOverview
from app.subscription.rules import CancellationPath, decide

TENANT_ID = "11111111-1111-1111-1111-111111111111"


def overview(assigned: int, **changes) -> SubscriptionOverview:
    sub = Subscription(id="s", sku_id="k", sku_part_number="O365_BUSINESS_PREMIUM",
                       status="Enabled", is_trial=False, total_licenses=50,
                       owner_type="Company", owner_tenant_id=TENANT_ID)
    sku = Sku(sku_id="k", sku_part_number="O365_BUSINESS_PREMIUM", capability_status="Enabled",
              consumed_units=assigned, enabled_units=50, subscription_ids=("s",))
    return SubscriptionOverview(replace(sub, **changes), sku)


def test_demo_tenant_has_one_subscription_of_each_kind(tenant):
    org = tenant.organization()
    paths = {o.subscription.sku_part_number: decide(o, tenant_id=org.id).path
             for o in tenant.subscription_overview()}
    assert paths == {
        "O365_BUSINESS_PREMIUM": CancellationPath.TOO_MANY_LICENCES,
        "O365_BUSINESS_ESSENTIALS": CancellationPath.ONLINE,
        "SPB": CancellationPath.TRIAL,
        "EXCHANGESTANDARD": CancellationPath.PARTNER,
        "INTUNE_A": CancellationPath.OTHER_PRODUCT,
        "DYN365_BUSCENTRAL_ESSENTIAL": CancellationPath.OTHER_PRODUCT,
    }


@pytest.mark.parametrize(("assigned", "path", "to_remove"), [
    (0, CancellationPath.ONLINE, 0),
    (25, CancellationPath.ONLINE, 0),
    (26, CancellationPath.TOO_MANY_LICENCES, 1),
    (31, CancellationPath.TOO_MANY_LICENCES, 6),
])
def test_twenty_five_licences_is_the_online_limit(assigned, path, to_remove):
    decision = decide(overview(assigned), tenant_id=TENANT_ID)
    assert decision.path is path
    assert decision.licences_to_remove == to_remove
    assert decision.path.cancels_in_admin_center is (path is CancellationPath.ONLINE)


def test_a_trial_needs_nothing_even_with_many_users():
    decision = decide(overview(40, is_trial=True), tenant_id=TENANT_ID)
    assert decision.path is CancellationPath.TRIAL
    assert not decision.early_termination_fee_possible


def test_partner_purchases_are_cancelled_by_the_partner():
    other = "22222222-2222-2222-2222-222222222222"
    decision = decide(overview(3, owner_tenant_id=other, owner_type="Partner"),
                      tenant_id=TENANT_ID)
    assert decision.path is CancellationPath.PARTNER


def test_product_key_goes_to_support_and_warns_of_the_fee():
    decision = decide(overview(3), tenant_id=TENANT_ID, bought_with_product_key=True)
    assert decision.path is CancellationPath.PRODUCT_KEY
    assert decision.early_termination_fee_possible


@pytest.mark.parametrize("part", ["INTUNE_A", "DYN365_ENTERPRISE_SALES", "EMS"])
def test_dynamics_and_intune_go_to_support(part):
    decision = decide(overview(2, sku_part_number=part), tenant_id=TENANT_ID)
    assert decision.path is CancellationPath.OTHER_PRODUCT


@pytest.mark.parametrize("status", ["Suspended", "LockedOut", "Deleted"])
def test_a_subscription_that_already_ended_has_nothing_to_cancel(status):
    decision = decide(overview(3, status=status), tenant_id=TENANT_ID)
    assert decision.path is CancellationPath.ALREADY_ENDED
