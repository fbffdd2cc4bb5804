#!/usr/bin/env python3
"""Run the commands of ambt's reusable CI steps on this machine, as the CI systems would.

  github DIR [input=value ...]   runs the `run:` steps of action.yml in DIR, in order, with their
                                 `if:` and `env:` evaluated (inputs, runner.temp, github.action_path,
                                 steps.*.outputs), GITHUB_OUTPUT/PATH/STEP_SUMMARY as files;
                                 `uses:` steps (cache, SARIF upload) are listed, not run.
  gitlab DIR [VAR=value ...]     runs the script of the job ambt-lint of ci/ambt.gitlab-ci.yml in
                                 DIR with the template's variables, those of DIR/.gitlab-ci.yml and
                                 the given ones, in one shell as a GitLab runner does.

Prints what ran; exits with the code of the failing step (0 when all passed). Reports go where the
steps write them. Used by scripts/test-ci-steps.sh.
"""
import os, re, subprocess, sys, tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def github(workdir, overrides):
    with open(os.path.join(ROOT, "action.yml")) as f:
        action = yaml.safe_load(f)
    inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
    inputs.update(overrides)
    temp = tempfile.mkdtemp(prefix="runner-temp-")
    files = {n: os.path.join(temp, n) for n in ("output", "path", "summary")}
    for p in files.values():
        open(p, "w").close()
    steps = {}
    context = {"inputs": inputs, "runner": {"temp": temp, "os": "Linux", "arch": "X64"},
               "github": {"action_path": ROOT, "action_ref": "", "sha": "local", "workspace": workdir}}
    failed = 0

    def value(name):
        parts = name.split(".")
        if parts[0] == "steps":
            return steps.get(parts[1], {}).get(parts[3], "")
        v = context
        for p in parts:
            v = v.get(p, "") if isinstance(v, dict) else ""
        return v

    def evaluate(expr):
        expr = expr.strip()
        py = re.sub(r"'([^']*)'", lambda m: repr(m.group(1)), expr)
        py = py.replace("&&", " and ").replace("||", " or ").replace("always()", "True").replace("success()", "(failed == 0)")
        py = py.replace("failure()", "(failed != 0)")
        py = re.sub(r"hashFiles\([^)]*\)", "'local'", py)
        py = re.sub(r"\b(inputs|runner|github|steps)\.[A-Za-z0-9_.-]+", lambda m: repr(value(m.group(0))), py)
        return eval(py, {"failed": failed})  # noqa: S307 (only action.yml's own expressions)

    def substitute(text):
        return re.sub(r"\$\{\{(.*?)\}\}", lambda m: str(evaluate(m.group(1))), str(text))

    path = os.environ["PATH"]
    for step in action["runs"]["steps"]:
        name = step.get("name", step.get("uses", step.get("run", "")[:40]))
        condition = step.get("if")
        if condition is not None and not evaluate(condition):
            print(f"github: skipped (if): {name}")
            continue
        if "uses" in step:
            print(f"github: not run here (uses {step['uses']}): {name}")
            continue
        env = dict(os.environ, PATH=path, GITHUB_ACTION_PATH=ROOT, GITHUB_WORKSPACE=workdir, RUNNER_TEMP=temp,
                   GITHUB_OUTPUT=files["output"], GITHUB_PATH=files["path"], GITHUB_STEP_SUMMARY=files["summary"])
        for k, v in (step.get("env") or {}).items():
            env[k] = substitute(v)
        open(files["output"], "w").close()
        print(f"github: run: {name}", flush=True)
        rc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=workdir,
                            env=env).returncode
        outputs = {}
        with open(files["output"]) as f:
            for line in f:
                if "=" in line:
                    k, v = line.rstrip("\n").split("=", 1)
                    outputs[k] = v
        if "id" in step:
            steps[step["id"]] = outputs
        with open(files["path"]) as f:
            extra = [l.strip() for l in f if l.strip()]
        if extra:
            path = ":".join(reversed(extra)) + ":" + os.environ["PATH"]
        if rc != 0:
            print(f"github: step failed with {rc}: {name}")
            failed = rc
            break
    print(f"github: summary written to {files['summary']}")
    print(f"github: outputs of lint: {steps.get('lint', {})}")
    return failed


def gitlab(workdir, overrides):
    with open(os.path.join(ROOT, "ci", "ambt.gitlab-ci.yml")) as f:
        template = yaml.safe_load(f)
    variables = {k: str(v) for k, v in (template.get("variables") or {}).items()}
    local = os.path.join(workdir, ".gitlab-ci.yml")
    if os.path.exists(local):
        with open(local) as f:
            variables.update({k: str(v) for k, v in (yaml.safe_load(f).get("variables") or {}).items()})
    job = template["ambt-lint"]
    variables.update({k: str(v) for k, v in (job.get("variables") or {}).items()})
    variables.update(overrides)
    env = dict(os.environ, CI_PROJECT_DIR=workdir, CI_SERVER_PROTOCOL="https", CI_SERVER_HOST="gitlab.invalid",
               CI_SERVER_PORT="443", CI_JOB_TOKEN="local")

    def expand(text):
        return re.sub(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?", lambda m: env.get(m.group(1), ""), text)

    # As GitLab does: variables expanded with the final values of the others (a few passes for
    # chains); the given ones taken as they are.
    for _ in range(3):
        for k, v in variables.items():
            env[k] = v if k in overrides else expand(v)
    script = "set -eo pipefail\n" + "\n".join(job["script"]) + "\n"
    print("gitlab: run: the script of ambt-lint", flush=True)
    rc = subprocess.run(["bash", "-c", script], cwd=workdir, env=env).returncode
    artifacts = job.get("artifacts", {})
    print(f"gitlab: script exited {rc}; artifacts when: {artifacts.get('when', 'on_success')}")
    missing = [p for p in artifacts.get("paths", []) if not os.path.exists(os.path.join(workdir, p))]
    for kind, p in (artifacts.get("reports") or {}).items():
        if not os.path.exists(os.path.join(workdir, p)):
            missing.append(f"{p} ({kind} report)")
    if missing:
        print("gitlab: missing artifacts: " + ", ".join(missing))
        return 3
    print("gitlab: every artifact and report was written")
    return rc


def main():
    kind, workdir = sys.argv[1], os.path.abspath(sys.argv[2])
    overrides = dict(a.split("=", 1) for a in sys.argv[3:])
    sys.exit(github(workdir, overrides) if kind == "github" else gitlab(workdir, overrides))


main()
