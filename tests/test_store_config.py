"""The store's schema versions and transactions; config layering; the fake server's fidelity."""

from __future__ import annotations

import json
import sqlite3

import httpx
import pytest
import yaml
from conftest import shared_data
from fake_s2 import FakeS2, make_corpus

from citeaudit import store as store_module
from citeaudit.core.config import Config, load_config
from citeaudit.core.errors import ConfigError, StoreError
from citeaudit.store import Store


def test_new_store_records_each_component_version_and_an_id(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        versions = store.schema_versions()
        assert versions["core"] == len(store_module.MIGRATIONS["core"])
        assert set(versions) == set(store_module.MIGRATIONS)
        first_id = store.store_id
    with Store(tmp_path / "s.sqlite") as store:
        assert store.store_id == first_id  # reopening migrates nothing and keeps identity


def test_a_store_from_a_newer_citeaudit_is_refused(tmp_path):
    path = tmp_path / "s.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_versions SET version = 99 WHERE component='core'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer than this citeaudit knows"):
        Store(path)


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("just text, not a database " * 100)
    with pytest.raises(StoreError, match="notes.sqlite"):
        Store(path)


def test_failed_transaction_leaves_nothing_behind(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.literature.upsert_papers([{"paperId": "p1", "title": "kept?"}])
                raise RuntimeError("crash mid-write")
        assert store.literature.get_paper("p1") is None


def test_thin_records_never_erase_fuller_ones(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        store.literature.upsert_papers([{"paperId": "p1", "title": "T", "abstract": "long abstract",
                                         "externalIds": {"ArXiv": "2301.00001"}}])
        store.literature.upsert_papers([{"paperId": "p1", "title": "T2"}])
        row = store.literature.get_paper("p1")
        assert row["title"] == "T2"
        assert row["abstract"] == "long abstract"
        assert row["arxiv_id"] == "2301.00001"
        assert json.loads(row["raw_json"])["abstract"] == "long abstract"
        assert store.literature.get_paper_id("arXiv:2301.00001") == "p1"


def test_config_layers_defaults_file_environment(tmp_path):
    toml = tmp_path / "citeaudit.toml"
    toml.write_text('[citeaudit]\ntop_n = 25\ns2_api_url = "http://file"\n'
                    'aliases = ["HH-RLHF"]\nstore_path = "x/y.sqlite"\n')
    config = load_config(toml, environ={"CITEAUDIT_S2_API_URL": "http://env",
                                        "S2_API_KEY": "key-XYZ-123"})
    assert config.top_n == 25
    assert config.s2_api_url == "http://env"
    assert config.aliases == ("HH-RLHF",)
    assert str(config.store_path) == "x/y.sqlite"
    assert config.s2_interval == 1.0
    assert "key-XYZ-123" not in repr(config)
    assert Config().s2_interval > 1.0  # slower without a key


@pytest.mark.parametrize("body, message", [
    ("[citeaudit]\ntop_n = 'many'\n", "'top_n' must be an integer"),
    ("[citeaudit]\nbogus = 1\n", "unknown setting 'bogus'"),
    ("[citeaudit\n", "not valid TOML"),
])
def test_bad_config_names_the_file_and_the_problem(tmp_path, body, message):
    toml = tmp_path / "citeaudit.toml"
    toml.write_text(body)
    with pytest.raises(ConfigError, match=message) as err:
        load_config(toml, environ={})
    assert "citeaudit.toml" in str(err.value)


def _cassette(name):
    path = shared_data("s2-cassettes", f"{name}.yaml")
    return yaml.safe_load(path.read_text())["interactions"]


def _body(interaction):
    response = interaction["response"]
    text = response.get("content") or response["body"]["string"]
    status = response.get("status_code") or response["status"]["code"]
    return status, json.loads(text)


def test_fake_server_shapes_match_recorded_real_traffic():
    with FakeS2(make_corpus(250)) as fake:
        target = fake.corpus.target["paperId"]
        # citations: offset / next / data[{citingPaper: {paperId, ...}}], next absent at the end
        real_status, real = _body(_cassette("test_get_paper_citations")[0])
        ours = httpx.get(f"{fake.url}/graph/v1/paper/{target}/citations",
                         params={"fields": "title", "offset": 0, "limit": 100}).json()
        assert set(ours) == set(real) == {"offset", "next", "data"}
        assert set(ours["data"][0]) == set(real["data"][0]) == {"citingPaper"}
        assert set(ours["data"][0]["citingPaper"]) == set(real["data"][0]["citingPaper"])
        last = httpx.get(f"{fake.url}/graph/v1/paper/{target}/citations",
                         params={"fields": "title", "offset": 200, "limit": 100}).json()
        assert "next" not in last and len(last["data"]) == 50
        # batch: a list with null for unknown ids
        status, real = _body(_cassette("test_get_papers_not_found_warning")[0])
        ours = httpx.post(f"{fake.url}/graph/v1/paper/batch", params={"fields": "title,year"},
                          json={"ids": ["CorpusId:1", target]}).json()
        assert real[0] is None and ours[0] is None
        assert isinstance(ours[1], dict) and {"paperId", "title", "year"} <= set(ours[1])
        # errors: 404 and 400 carry {"error": ...}
        status, real = _body(_cassette("test_not_found")[0])
        response = httpx.get(f"{fake.url}/graph/v1/paper/0", params={"fields": "title"})
        assert response.status_code == status == 404
        assert set(response.json()) == set(real) == {"error"}
        assert response.json()["error"] == real["error"]
        status, real = _body(_cassette("test_bad_query_parameters")[0])
        response = httpx.get(f"{fake.url}/graph/v1/paper/{target}", params={"fields": "unknown"})
        assert response.status_code == status == 400
        assert response.json() == real
        # references: citedPaper rows
        refs = httpx.get(f"{fake.url}/graph/v1/paper/{fake.corpus.citing[0]['paperId']}"
                         "/references", params={"fields": "title"}).json()
        real_status, real = _body(_cassette("test_get_paper_references")[0])
        assert set(refs["data"][0]) == set(real["data"][0]) == {"citedPaper"}


def test_opening_an_up_to_date_store_needs_no_write_lock(tmp_path):
    path = tmp_path / "s.sqlite"
    Store(path).close()
    writer = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process mid-import holds the write lock
    try:
        with Store(path) as reader:
            assert reader.scalar("SELECT count(*) FROM papers") == 0
    finally:
        writer.execute("ROLLBACK")
        writer.close()
