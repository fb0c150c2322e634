"""Every chart the report publishes, built from the packaged data, for layout tests."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure

import advrate
from advrate import front, history, plot, territory
from advrate.compare import comparison_table, with_campaign_length


def _with_lengths(table):
    return with_campaign_length(table, history.csis_campaign_days(),
                                basis=history.CAMPAIGN_DAYS_BASIS)  # fmt: skip


def _pair_table():
    return _with_lengths(
        comparison_table(advrate.load_quoted_rates(), reference=["Somme", "Kharkiv"])
    )


def _monthly_gains() -> Figure:
    monthly = territory.monthly_gains()
    amounts = territory.load_quoted_amounts()
    gains = amounts[(amounts["measure"] == "gain") & (amounts["days"] < 100)]
    rates = advrate.load_quoted_rates()
    recent = monthly[monthly["start"] >= "2023-10-01"]
    return plot.monthly_gain_chart(recent, gains, rates[rates["kind"] == "areal"])


def _distribution() -> Figure:
    battles = history.battles()
    selected = battles[battles["rate_m_per_day"].notna() & battles["duplicate_of"].isna()]
    return plot.rate_distribution_chart(selected["rate_m_per_day"], {"Kharkiv": 50, "Donetsk": 135})


def _costs() -> Figure:
    costs = territory.cost_of_advance("month")
    return plot.cost_chart(
        costs[costs["start"] >= "2023-10-01"], noise_km2=territory.redraw_noise_km2()
    )


def _positions() -> Figure:
    main = ["pokrovsk", "chasiv-yar", "kupiansk", "toretsk", "vuhledar", "huliaipole"]
    return plot.front_position_chart(
        front.axis_positions()[main], front.load_axes(), start="2023-06-01"
    )


def _front_rates() -> Figure:
    monthly = front.monthly_rates().loc["2024-01":]
    return plot.front_rates_chart(
        monthly,
        ["whole_front"],
        {"Somme (1916)": 80.0, "Belleau Wood (1918)": 410.0},
        labels={"whole_front": "Russia's furthest advance anywhere on the front, per month"},
    )


def _losses() -> Figure:
    costs = territory.cost_of_advance("month")
    return plot.losses_and_gain_chart(costs[costs["start"] >= "2024-01-01"])


#: name -> a function drawing that chart, as the notebooks publish it
CHARTS: dict[str, Callable[[], Figure]] = {
    "comparison-bar": lambda: plot.rate_bar_chart(_pair_table()),
    "all-rates-log": lambda: plot.rate_bar_chart(
        _with_lengths(comparison_table(subjects="all")), log=True
    ),
    "days-to-advance-10km": lambda: plot.days_to_advance_chart(_pair_table()),
    "cdb90-distribution": _distribution,
    "monthly-gains": _monthly_gains,
    "casualties-per-km2": _costs,
    "csis-reproduced": lambda: plot.csis_reproduction_chart(front.reproduce_csis_modern()),
    "front-positions": _positions,
    "front-monthly-rates": _front_rates,
    "monthly-rate-since-2022": lambda: plot.monthly_rate_chart(territory.monthly_gains()),
    "cumulative-gain-since-2024": lambda: plot.cumulative_gain_chart(territory.occupied_area()),
    "losses-and-gain": _losses,
}


def _rate_length() -> Figure:
    return plot.rate_length_chart(history.battles(), _measured_offensives())


def _measured_offensives():
    import pandas as pd

    csis = front.reproduce_csis_modern()
    rows = pd.DataFrame({"label": csis["subject"], "attacker": "Russia", "days": csis["days"],
                         "m_per_day": csis["measured_m_per_day"]})  # fmt: skip
    kharkiv = front.axis_rate("kharkiv-2022", "2022-09-05", "2022-09-15")
    rows.loc[len(rows)] = ["Kharkiv 2022", "Ukraine", kharkiv.days, kharkiv.m_per_day]
    return rows


CHARTS["rate-against-length"] = _rate_length

CHARTS["estimator-spread"] = lambda: plot.estimator_spread_chart(territory.estimates_by_month())
