"""Train one base model on HH variants with one recipe: SFT on chosen responses, then DPO (TRL).

Modules: `recipe` (the TOML recipe and its checks), `data` (a variant's HH files read, split
and checksummed), `train` (device choice, run folders, the SFT and DPO stages, metadata, and
the processes of a launcher: `accelerate launch` / `torchrun`).
The names below are the package's API (the CLI, the experiment and the tests use them).
torch, transformers, trl and datasets are imported lazily: `pip install -e '.[models]'`.
"""

from citeaudit.training.data import (
    ASSISTANT_TAG,
    HUMAN_TAG,
    DataFile,
    PreferencePair,
    VariantData,
    load_variant,
    read_pairs,
    split_for_training,
    variant_files,
)
from citeaudit.training.recipe import (
    BUILTIN_VARIANTS,
    EXAMPLE_RECIPE,
    DistributedParams,
    Recipe,
    StageParams,
    TrainingError,
    VariantSpec,
    load_recipe,
    parse_recipe,
)
from citeaudit.training.train import (
    METADATA_FILE,
    DeviceChoice,
    TrainedModel,
    TrainedStage,
    detect_device,
    library_versions,
    model_dir,
    read_metadata,
    run_dir,
    train_variant,
)

__all__ = [
    "ASSISTANT_TAG", "BUILTIN_VARIANTS", "EXAMPLE_RECIPE", "HUMAN_TAG", "METADATA_FILE",
    "DataFile", "DeviceChoice", "DistributedParams", "PreferencePair", "Recipe", "StageParams",
    "TrainedModel",
    "TrainedStage", "TrainingError", "VariantData", "VariantSpec", "detect_device",
    "library_versions", "load_recipe", "load_variant", "model_dir", "parse_recipe", "read_metadata",
    "read_pairs", "run_dir", "split_for_training", "train_variant", "variant_files",
]
