"""Scale: several processes (``batch``), archives (``archive``), partitioned
output (``partitioned``) and Dask clusters (``cluster``).

Nothing here imports Dask or pyarrow until it is used."""
from __future__ import annotations

from typing import Any


def extract_dask(data: Any, **kwargs: Any):
    """Quotes of a Dask bag or dataframe as a lazy bag of dicts; see
    :func:`quotes.scale.cluster.extract_dask`."""
    from .cluster import extract_dask as _extract_dask

    return _extract_dask(data, **kwargs)


__all__ = ["extract_dask"]
