"""The Dask side of a batch: a worker plugin that gives every Dask worker its own worker
processes (a :class:`~pipeline.batch.sandbox.SandboxPool`, one per worker thread), and the
task that runs one document through them.  Imported only when Dask is used."""
from __future__ import annotations

from typing import Optional

from distributed import get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from .inputs import Item
from .sandbox import SandboxPool
from .work import Outcome, WorkOptions

PLUGIN_NAME = "zhpolicy-sandbox"


class SandboxPlugin(WorkerPlugin):
    name = PLUGIN_NAME

    def __init__(self, opts: WorkOptions):
        self.opts = opts
        self.pool: Optional[SandboxPool] = None

    def setup(self, worker) -> None:
        self.pool = SandboxPool(self.opts, int(getattr(worker, "nthreads", 1) or 1))

    def teardown(self, worker) -> None:
        if self.pool is not None:
            self.pool.close()


def run_on_worker(item: Item) -> Outcome:
    """The Dask task: one document through this worker's sandboxes."""
    return get_worker().plugins[PLUGIN_NAME].pool.run(item)
