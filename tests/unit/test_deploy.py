"""The deploy manifests, checked structurally (no Docker engine nor Kubernetes here):
every document parses, images are pinned, probes hit the worker's real endpoints and port,
environment names are real settings, no secret is committed, and the Strimzi topics are
exactly the catalogue (rendered, committed and catalogued agree)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from agents.cli import cli
from agents.render import production_catalogue, render
from rasd.settings import Settings
from topics import load_catalogue

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
K8S = DEPLOY / "k8s"
SETTING_NAMES = {f"RASD_{f.name.upper()}" for f in fields(Settings)}
DEFAULTS = Settings.load(env={})


def load_all(path: Path) -> list[dict]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc is not None]


def k8s_docs() -> list[dict]:
    return [doc for path in sorted(K8S.glob("*.yaml")) for doc in load_all(path)]


def by_kind(kind: str) -> list[dict]:
    return [doc for doc in k8s_docs() if doc["kind"] == kind]


def assert_pinned(image: str) -> None:
    name, _, tag = image.rpartition(":")
    assert name and tag and tag != "latest" and "/" not in tag, f"image {image!r} is not pinned to a version"


# -- Kubernetes ------------------------------------------------------------------------


def test_every_manifest_has_the_keys_kubernetes_requires():
    docs = k8s_docs()
    assert {"Kafka", "KafkaNodePool", "KafkaTopic", "Deployment", "PodDisruptionBudget", "ConfigMap",
            "Secret", "Service"} <= {d["kind"] for d in docs}
    for doc in docs:
        assert doc.get("apiVersion") and doc.get("metadata", {}).get("name"), doc


def test_strimzi_cluster_is_kraft_with_a_node_pool_of_three():
    (kafka,) = by_kind("Kafka")
    (pool,) = by_kind("KafkaNodePool")
    annotations = kafka["metadata"]["annotations"]
    assert annotations["strimzi.io/kraft"] == "enabled" and annotations["strimzi.io/node-pools"] == "enabled"
    assert "zookeeper" not in kafka["spec"]
    assert pool["metadata"]["labels"]["strimzi.io/cluster"] == kafka["metadata"]["name"]
    assert set(pool["spec"]["roles"]) == {"controller", "broker"} and pool["spec"]["replicas"] == 3
    assert "topicOperator" in kafka["spec"]["entityOperator"]
    # The catalogue asks for replication 3 and min ISR 2: the cluster must be able to hold it.
    assert max(s.replication_factor for s in production_catalogue(DEFAULTS).values()) <= pool["spec"]["replicas"]


def test_worker_probes_hit_readyz_and_healthz_on_the_configured_web_port():
    (config,) = by_kind("ConfigMap")
    port = int(config["data"].get("RASD_WEB_PORT", DEFAULTS.web_port))
    (deployment,) = by_kind("Deployment")
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": port}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": port}
    assert {p["containerPort"] for p in container["ports"]} == {port}
    assert config["data"]["RASD_WEB_HOST"] == "0.0.0.0", "a pod must listen beyond its loopback"


def test_worker_image_is_pinned_and_grace_period_exceeds_the_shutdown_bound():
    (deployment,) = by_kind("Deployment")
    spec = deployment["spec"]["template"]["spec"]
    (container,) = spec["containers"]
    assert_pinned(container["image"])
    (config,) = by_kind("ConfigMap")
    bound = int(config["data"].get("RASD_SHUTDOWN_TIMEOUT", DEFAULTS.shutdown_timeout))
    assert spec["terminationGracePeriodSeconds"] > bound


def test_worker_environment_names_are_real_settings_and_valid_values():
    (config,) = by_kind("ConfigMap")
    (secret,) = by_kind("Secret")
    names = set(config["data"]) | set(secret["stringData"])
    assert names <= SETTING_NAMES, f"not settings: {sorted(names - SETTING_NAMES)}"
    Settings.load(env={k: str(v) for k, v in config["data"].items()})  # validates every value
    (deployment,) = by_kind("Deployment")
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    refs = {ref.get("configMapRef", ref.get("secretRef"))["name"] for ref in container["envFrom"]}
    assert refs == {config["metadata"]["name"], secret["metadata"]["name"]}
    for item in container.get("env", []):
        assert item["name"] in SETTING_NAMES


def test_no_secret_is_committed():
    (secret,) = by_kind("Secret")
    assert "data" not in secret, "base64 data would hide a real value from review"
    assert all(value in ("", None) for value in secret["stringData"].values())
    secret_settings = {f"RASD_{f.name.upper()}" for f in fields(Settings) if f.metadata["secret"]}
    assert secret_settings <= set(secret["stringData"])
    (config,) = by_kind("ConfigMap")
    assert not secret_settings & set(config["data"]), "a secret setting in a ConfigMap"


def test_disruption_budget_and_service_select_the_worker_pods():
    (deployment,) = by_kind("Deployment")
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
    (pdb,) = by_kind("PodDisruptionBudget")
    assert pdb["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert pdb["spec"]["maxUnavailable"] < deployment["spec"]["replicas"]
    (service,) = by_kind("Service")
    assert service["spec"]["selector"].items() <= labels.items()


# -- topics: catalogue, render and the committed file -----------------------------------


def test_committed_topics_equal_the_rendered_catalogue():
    committed = (K8S / "topics.yaml").read_text(encoding="utf-8")
    assert committed == render(DEFAULTS, "strimzi"), (
        "deploy/k8s/topics.yaml drifted from topics/catalogue.yaml; regenerate it with "
        "`rasd topics render --format strimzi -o deploy/k8s/topics.yaml`"
    )


def test_committed_topics_equal_the_catalogue_itself():
    topics = {doc["spec"]["topicName"]: doc for doc in load_all(K8S / "topics.yaml")}
    specs = load_catalogue("rasd")
    assert set(topics) == {spec.name for spec in specs.values()}
    (kafka,) = by_kind("Kafka")
    for spec in specs.values():
        doc = topics[spec.name]
        assert doc["kind"] == "KafkaTopic"
        assert doc["metadata"]["labels"]["strimzi.io/cluster"] == kafka["metadata"]["name"]
        assert doc["spec"]["partitions"] == spec.partitions
        assert doc["spec"]["replicas"] == spec.replication_factor
        assert doc["spec"]["config"] == spec.configs()


def test_render_command_prints_the_committed_file(monkeypatch):
    for name in SETTING_NAMES | {"RASD_CONFIG"}:
        monkeypatch.delenv(name, raising=False)
    result = CliRunner().invoke(cli, ["topics", "render", "--format", "strimzi"])
    assert result.exit_code == 0, result.output
    assert result.output == (K8S / "topics.yaml").read_text(encoding="utf-8")


def test_render_follows_the_prefix_and_keeps_production_replication(monkeypatch):
    settings = Settings.load(env={"RASD_TOPIC_PREFIX": "news"})  # embedded, yet RF stays 3
    docs = list(yaml.safe_load_all(render(settings)))
    assert all(d["spec"]["topicName"].startswith("news.") for d in docs)
    assert {d["spec"]["replicas"] for d in docs} == {3}


# -- docker compose ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_runs_three_kraft_brokers_of_one_cluster(compose):
    brokers = {name: svc for name, svc in compose["services"].items() if name.startswith("kafka-")}
    assert len(brokers) == 3
    ids = set()
    cluster_ids = set()
    for name, svc in brokers.items():
        assert_pinned(svc["image"])
        assert svc["image"].startswith("apache/kafka:")
        env = svc["environment"]
        ids.add(env["KAFKA_NODE_ID"])
        cluster_ids.add(env["CLUSTER_ID"])
        assert "controller" in env["KAFKA_PROCESS_ROLES"]
        assert env["KAFKA_ADVERTISED_LISTENERS"] == f"PLAINTEXT://{name}:9092"
        voters = env["KAFKA_CONTROLLER_QUORUM_VOTERS"].split(",")
        assert len(voters) == 3
        assert "healthcheck" in svc
    assert len(ids) == 3 and len(cluster_ids) == 1


def test_compose_creates_topics_once_before_the_workers_start(compose):
    services = compose["services"]
    topics, worker = services["topics"], services["worker"]
    assert topics["command"] == ["topics", "create"]
    assert worker["command"] == ["worker"]
    assert worker["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert all(services[b]["image"] for b in topics["depends_on"])
    for svc in (topics, worker):
        assert_pinned(svc["image"])
        assert svc["build"]["dockerfile"] == "deploy/Dockerfile"
        assert (DEPLOY.parent / svc["build"]["dockerfile"]).is_file()
        env = svc["environment"]
        assert set(env) <= SETTING_NAMES, sorted(set(env) - SETTING_NAMES)
        bootstrap = env["RASD_KAFKA_BOOTSTRAP"].split(",")
        assert {hp.split(":")[0] for hp in bootstrap} == {n for n in services if n.startswith("kafka-")}
    grace = int(worker["stop_grace_period"].rstrip("s"))
    assert grace > int(worker["environment"]["RASD_SHUTDOWN_TIMEOUT"])
    assert "/readyz" in " ".join(worker["healthcheck"]["test"])


def test_dockerfile_is_pinned_and_runs_the_worker_in_exec_form():
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    (base,) = [line.split()[1] for line in text.splitlines() if line.startswith("FROM ")]
    assert_pinned(base)
    assert 'ENTRYPOINT ["rasd"]' in text and 'CMD ["worker"]' in text  # exec form: SIGTERM reaches it
    for line in text.splitlines():
        if line.startswith("COPY "):
            for source in line.split()[1:-1]:
                assert (REPO / source).exists(), f"Dockerfile copies {source}, which is not in the repo"
