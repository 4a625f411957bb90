"""A tiny random-weight GPT-2 and a locally trained tokenizer, built from a few texts (no hub)."""

from __future__ import annotations

from pathlib import Path

EOS = "<|endoftext|>"


def build_tokenizer(texts: list[str], vocab_size: int = 320):
    """A byte-level BPE tokenizer trained on `texts` (GPT-2's kind, no download)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    bpe.train_from_iterator(texts, trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=[EOS],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    return PreTrainedTokenizerFast(tokenizer_object=bpe, eos_token=EOS, bos_token=EOS,
                                   pad_token=EOS)


def build_tiny_gpt2(folder: Path, texts: list[str], vocab_size: int = 320, seed: int = 0) -> Path:
    """Save a 2-layer GPT-2 (n_embd 32) and a byte-level BPE tokenizer trained on `texts`."""
    import torch
    from transformers import GPT2Config, GPT2LMHeadModel

    tokenizer = build_tokenizer(texts, vocab_size)
    torch.manual_seed(seed)
    config = GPT2Config(vocab_size=len(tokenizer), n_layer=2, n_head=2, n_embd=32,
                        n_positions=512, bos_token_id=tokenizer.eos_token_id,
                        eos_token_id=tokenizer.eos_token_id)
    GPT2LMHeadModel(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
