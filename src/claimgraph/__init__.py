"""claimgraph: a ledger of sourced claims from news articles in several languages."""

__version__ = "0.1.0"
