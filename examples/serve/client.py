#!/usr/bin/env python3
"""A dispatch system in another language: drives `outpost serve` with the Python 3 standard library.

Usage: python3 client.py [BASE_URL] [TOKEN_FILE]   (default http://127.0.0.1:8080, no token)

Posts a request by client and one by address, checks the answers, reads the plan, the courier
and the pickup, receives the decision on the event stream (SSE), and shows that a bad event is a
400 problem naming its index and field while a refused one is a decision. Exits 1 on any surprise.
"""
import json
import sys
import threading
import urllib.error
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
TOKEN = open(sys.argv[2]).read().strip() if len(sys.argv) > 2 else None


def call(method, path, body=None, accept="application/json"):
    data = None if body is None else json.dumps(body).encode("utf-8")
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Accept", accept)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if TOKEN:
        req.add_header("Authorization", "Bearer " + TOKEN)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read().decode("utf-8"))


def check(condition, what):
    if not condition:
        print("client.py: FAILED: " + what, file=sys.stderr)
        sys.exit(1)


def listen(found, ready):
    """Reads the SSE stream until a decision about pickup py-2 arrives."""
    req = urllib.request.Request(BASE + "/v1/stream", headers={"Accept": "text/event-stream"})
    if TOKEN:
        req.add_header("Authorization", "Bearer " + TOKEN)
    with urllib.request.urlopen(req, timeout=30) as stream:
        event = None
        for raw in stream:
            line = raw.decode("utf-8").rstrip("\n")
            if line.startswith("event: "):
                event = line[7:]
                if event == "plan":
                    ready.set()
            elif line.startswith("data: ") and event == "decision":
                decision = json.loads(line[6:])
                if decision.get("pickup") == "py-2":
                    found.append(decision)
                    return


status, health = call("GET", "/healthz")
check(status == 200 and health["status"] in ("running", "degraded"), "health: %s" % health)

found, ready = [], threading.Event()
listener = threading.Thread(target=listen, args=(found, ready), daemon=True)
listener.start()
check(ready.wait(30), "the stream sent no plan on connect")

status, answer = call("POST", "/v1/events", [
    {"type": "request", "time": "09:00:00", "pickup": "py-1", "client": "centre-02"},
    {"type": "request", "time": "09:00:30", "pickup": "py-2", "location": {"lat": 50.655, "lon": 17.96},
     "serviceMinutes": 3},
])
check(status == 200, "post: %s %s" % (status, answer))
for d in answer["decisions"]:
    print("decision: %s %s -> %s at %s" % (d["type"], d["pickup"], d.get("courier"), d.get("arrival")))
check(answer["decisions"][0]["status"] == "assigned", "py-1 assigned: %s" % answer)

listener.join(30)
check(found and found[0]["status"] == answer["decisions"][1]["status"], "the stream's decision for py-2: %s" % found)
print("stream: decision for py-2, plan version %s" % found[0]["version"])

status, plan = call("GET", "/v1/plan")
check(status == 200 and plan["valid"], "plan: %s" % status)
print("plan: version %d, %d routes, valid %s" % (plan["version"], len(plan["routes"]), plan["valid"]))

courier = answer["decisions"][0]["courier"]
status, c = call("GET", "/v1/couriers/" + courier)
check(status == 200 and any(s["pickup"] == "py-1" for s in c["stops"]), "courier: %s" % c)
print("courier %s: %d stop(s), next ETA %s" % (courier, len(c["stops"]), c["stops"][0]["eta"]))

status, p = call("GET", "/v1/pickups/py-1")
check(status == 200 and p["status"] == "assigned", "pickup: %s" % p)

status, problem = call("POST", "/v1/events", [{"type": "clock", "time": "09:10:00"}, {"type": "clock", "time": "25:99:00"}])
check(status == 400 and problem["errors"][0]["index"] == 1 and problem["errors"][0]["field"] == "time",
      "bad event: %s %s" % (status, problem))
print("bad event: 400 %s" % problem["errors"][0]["detail"])

status, answer = call("POST", "/v1/events", {"type": "done", "time": "09:11:00", "courier": "nobody", "pickup": "py-1"})
check(status == 200 and answer["decisions"][0]["status"] == "refused", "refused event: %s" % answer)
print("refused event: %s" % answer["decisions"][0]["reason"])
print("client.py: ok")
