"""Started under a launcher (torchrun, accelerate launch) by tests/test_training_distributed.py.

    python train_worker.py RECIPE VARIANT ORDER_DIR [KILL_AT_SFT_STEP]

writes the token ids of the SFT batches this process gets (ORDER_DIR/rank<N>.json), then
trains the variant; with a step, every process kills itself (SIGKILL, no clean-up) at the
end of that SFT step.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

from citeaudit import training  # noqa: E402
from citeaudit.training import train  # noqa: E402


def kill_at(step: int):
    from transformers import TrainerCallback

    class KillAtStep(TrainerCallback):
        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step == step:
                os.kill(os.getpid(), signal.SIGKILL)

    return KillAtStep()


def sft_batches(recipe: training.Recipe, variant: str) -> list[list[list[int]]]:
    """The SFT batches of this process, each a list of unpadded token-id rows."""
    data = training.load_variant(recipe, variant)
    device = train.detect_device(recipe.device)
    layout = train.process_layout(recipe.sft, train.world_size())
    trainer = train.sft_trainer(recipe, data, device, layout)
    return [[[int(t) for t, keep in zip(row, mask, strict=True) if keep]
             for row, mask in zip(batch["input_ids"].tolist(),
                                  batch["attention_mask"].tolist(), strict=True)]
            for batch in trainer.get_train_dataloader()]


def main(recipe_path: str, variant: str, order_dir: str, kill_step: str = "") -> None:
    recipe = training.load_recipe(Path(recipe_path))
    rank = os.environ.get("RANK", "0")
    Path(order_dir, f"rank{rank}.json").write_text(json.dumps(sft_batches(recipe, variant)))
    callbacks = [kill_at(int(kill_step))] if kill_step else []
    train.run(None, None, recipe=recipe, variants=[variant], callbacks=callbacks)


if __name__ == "__main__":
    main(*sys.argv[1:])
