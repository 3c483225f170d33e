#!/usr/bin/env python3
"""Drives the sandbox's Flashduty emulator over HTTP and validates every response it provokes,
successes and errors alike, against the official OpenAPI response schema for that path and
status (the `jsonschema` package, with the spec's $refs resolved locally).

Usage: flashduty_conformance.py [BASE_URL] [SPEC]
  BASE_URL  the Flashduty endpoint, e.g. http://127.0.0.1:PORT/ (env SANDBOX_FLASHDUTY_URL)
  SPEC      openapi.en.json (default ../shared/reference/flashduty/openapi.en.json relative to
            the repository); openapi.legacy.zh.json beside it serves the paths the English
            spec lacks (/incident/war-room/add-member, /incident/war-room/default-observers).
Env FLASHDUTY_APP_KEY (default fd-sandbox-demo) and FLASHDUTY_INTEGRATION_ID (default 5001).

Where neither spec has a schema for a path and status (/datasource/im/*, unknown routes, a
status a path does not list) the body is checked against the generic SuccessEnvelope or
ErrorResponse, and the run says so. IncidentFeedItem.detail is a oneOf of open objects, which
no entry can match exactly once; it is checked as anyOf plus the branch titled with the entry's
`type`. The account's rate limits are turned off for the run (and on again for the 429 check)
through /_sandbox/flashduty/rate-limits, and restored to 50/s and 1,000/min at the end.
The last line is "N passed, N failed"; the exit code is 1 when anything failed.
"""
import copy
import json
import os
import sys
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from harness import check, expect, finish, results  # noqa: E402,F401

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASE = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SANDBOX_FLASHDUTY_URL", "")).rstrip("/") + "/"
SPEC = sys.argv[2] if len(sys.argv) > 2 else os.path.join(REPO, "..", "shared", "reference", "flashduty", "openapi.en.json")
LEGACY = os.path.join(os.path.dirname(SPEC), "openapi.legacy.zh.json")
KEY = os.environ.get("FLASHDUTY_APP_KEY", "fd-sandbox-demo")
INTEGRATION = int(os.environ.get("FLASHDUTY_INTEGRATION_ID", "5001"))
ADMIN = BASE + "_sandbox/"

validated = []
fallbacks = set()


def load(path, uri):
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    if uri == "urn:en":
        feed = document["components"]["schemas"]["IncidentFeedItem"]["properties"]["detail"]
        feed["anyOf"] = feed.pop("oneOf")
    return document


EN = load(SPEC, "urn:en")
ZH = load(LEGACY, "urn:zh") if os.path.exists(LEGACY) else {"paths": {}}
REGISTRY = Registry().with_resources([
    ("urn:en", Resource.from_contents(EN, default_specification=DRAFT202012)),
    ("urn:zh", Resource.from_contents(ZH, default_specification=DRAFT202012)),
])


def pointer(*parts):
    return "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def response_schema(path, status):
    """The $ref of the schema for a path and status, and whether it is the generic fallback."""
    for uri, document in (("urn:en", EN), ("urn:zh", ZH)):
        operation = document["paths"].get(path, {}).get("post")
        if not operation:
            continue
        responses = operation.get("responses", {})
        response = responses.get(str(status)) or responses.get("default")
        if response is None:
            break
        where = ["paths", path, "post", "responses", str(status) if str(status) in responses else "default"]
        if "$ref" in response:
            where = [p.replace("~1", "/").replace("~0", "~") for p in response["$ref"][2:].split("/")]
            response = document
            for part in where:
                response = response[part]
        if "application/json" in response.get("content", {}) and "schema" in response["content"]["application/json"]:
            return {"$ref": f"{uri}#/" + pointer(*where, "content", "application/json", "schema")}, False
        break
    generic = "SuccessEnvelope" if status == 200 else "ErrorResponse"
    return {"$ref": f"urn:en#/components/schemas/{generic}"}, True


def validate(path, status, body):
    schema, generic = response_schema(path, status)
    if generic:
        fallbacks.add(f"{path} {status}")
    jsonschema.Draft202012Validator(schema, registry=REGISTRY).validate(body)
    if path == "/incident/feed" and status == 200:
        validate_feed_details(body)
    validated.append((path, status))


def validate_feed_details(body):
    branches = EN["components"]["schemas"]["IncidentFeedItem"]["properties"]["detail"]["anyOf"]
    for item in body["data"]["items"]:
        for branch in branches:
            name = branch["$ref"].split("/")[-1]
            if EN["components"]["schemas"][name].get("title") == item["type"]:
                jsonschema.Draft202012Validator(
                    {"$ref": "urn:en#/components/schemas/" + name}, registry=REGISTRY
                ).validate(item["detail"])
                break
        else:
            raise AssertionError(f"no detail schema titled {item['type']}")


def call(path, body=None, key=KEY, content_type="application/json", want=200):
    """POSTs to the emulator, validates the answer against the spec, and returns (status, json)."""
    query = "?" + urllib.parse.urlencode({"app_key": key}) if key is not None else ""
    data = json.dumps(body if body is not None else {}).encode()
    request = urllib.request.Request(BASE + path.lstrip("/") + query, data=data, method="POST")
    request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request) as response:
            status, raw, headers = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        status, raw, headers = error.code, error.read(), error.headers
    payload = json.loads(raw)
    expect(headers.get("Flashcat-Request-Id") == payload.get("request_id"), "Flashcat-Request-Id differs")
    validate(path, status, payload)
    expect(want is None or status == want, f"{path}: wanted HTTP {want}, got {status}: {payload}")
    return status, payload


def data(path, body=None):
    return call(path, body)[1]["data"]


def error_code(path, body=None, want=400, **kwargs):
    return call(path, body, want=want, **kwargs)[1]["error"]["code"]


def admin(route, body):
    request = urllib.request.Request(ADMIN + route, data=json.dumps(body).encode(), method="POST")
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())


def state():
    with urllib.request.urlopen(ADMIN + "state") as response:
        return json.loads(response.read())






# The sandbox's clock, not this machine's: other scripts may have moved it forward.
NOW = int(admin("clock/advance", {"seconds": 0})["now"])
WINDOW = {"start_time": NOW - 7 * 86400, "end_time": NOW + 3600}
admin("flashduty/rate-limits", {"isEnabled": False})


@check("envelope, request id header and auth errors")
def _envelope():
    info = data("/member/info")
    expect(isinstance(info["member_id"], int), "member_id")
    expect(error_code("/member/list", key=None, want=401) == "Unauthorized", "no key")
    expect(error_code("/member/list", key="wrong", want=401) == "Unauthorized", "bad key")
    expect(error_code("/member/list", content_type="text/plain") == "InvalidContentType", "content type")
    expect(error_code("/no/such/route", want=404) == "RouteNotFound", "route")
    expect(error_code("/member/list", {"limit": 101}) == "InvalidParameter", "limit > 100")
    expect(error_code("/member/list", {"limit": 100, "p": 101}) == "InvalidParameter", "p*limit")


@check("members paged with p/limit and search_after_ctx, persons with full phones")
def _members():
    seen, p = [], 1
    while True:
        page = data("/member/list", {"p": p, "limit": 20})
        seen += [m["member_id"] for m in page["items"]]
        if not page.get("has_next_page"):
            break
        p += 1
    expect(p > 1 and len(seen) == page["total"], f"pages {p}, {len(seen)} of {page['total']}")
    cursor, ctx_seen = None, []
    while True:
        page = data("/member/list", {"limit": 15, **({"search_after_ctx": cursor} if cursor else {})})
        ctx_seen += [m["member_id"] for m in page["items"]]
        cursor = page.get("search_after_ctx")
        if not cursor:
            break
    expect(ctx_seen == seen, "cursor paging differs from p/limit paging")
    masked = data("/member/list", {"limit": 1})["items"][0]["phone"]
    full = data("/person/infos", {"person_ids": seen[:1]})["items"][0]["phone"]
    expect("*" in masked and "*" not in full, f"{masked} / {full}")
    expect(error_code("/person/infos", {}) == "InvalidParameter", "person_ids required")


@check("teams and channels")
def _teams_channels():
    teams = data("/team/list", {"limit": 2})
    expect(teams["total"] >= 1, "teams")
    data("/team/info", {"team_id": teams["items"][0]["team_id"]})
    expect(error_code("/team/info", {"team_id": 1}) == "ResourceNotFound", "team 404 as 400")
    channels = data("/channel/list")
    data("/channel/info", {"channel_id": channels["items"][0]["channel_id"]})
    expect(error_code("/channel/info", {}) == "InvalidParameter", "channel_id required")


@check("roles: upsert, grant, revoke, enable, disable, delete; presets fixed")
def _roles():
    roles = data("/role/list")
    preset = roles["items"][0]["role_id"]
    data("/role/info", {"role_id": preset})
    data("/role/permission/list", {"with_all": True})
    role = data("/role/upsert", {"role_name": f"conf-{NOW % 100000}", "permission_ids": [101]})["role_id"]
    member = data("/member/list", {"limit": 3})["items"][2]["member_id"]
    data("/role/member/grant", {"role_id": role, "member_ids": [member]})
    expect(error_code("/role/delete", {"role_id": role}) == "ReferenceExist", "delete while granted")
    data("/role/member/revoke", {"role_id": role, "member_ids": [member]})
    data("/role/disable", {"role_id": role})
    data("/role/enable", {"role_id": role})
    expect(error_code("/role/upsert", {"role_id": preset, "role_name": "x"}, want=403) == "AccessDenied", "preset")
    data("/role/delete", {"role_id": role})
    expect(error_code("/role/info", {"role_id": role}) == "ResourceNotFound", "deleted role")


@check("IM integrations and try-link")
def _integrations():
    items = data("/datasource/im/war-room-enabled/list")["items"]
    expect(any(i["integration_id"] == INTEGRATION for i in items), "integration listed")
    linked = data("/datasource/im/person/try-link", {"integration_id": INTEGRATION})["new_linked_person_ids"]
    expect(isinstance(linked, list), "new_linked_person_ids")
    expect(error_code("/datasource/im/person/try-link", {"integration_id": 1}) == "ResourceNotFound", "unknown")


@check("incidents: create, list with cursor and filters, actions, feed")
def _incidents():
    ids = [data("/incident/create", {"incident_severity": "Warning", "title": f"conformance {n}"})["incident_id"]
           for n in range(3)]
    cursor, listed = None, []
    while True:
        page = data("/incident/list", {**WINDOW, "limit": 2, **({"search_after_ctx": cursor} if cursor else {})})
        listed += [i["incident_id"] for i in page["items"]]
        cursor = page.get("search_after_ctx")
        if not cursor:
            break
    expect(set(ids) <= set(listed), "cursor paging reaches every incident")
    data("/incident/list", {**WINDOW, "progress": "Triggered,Processing", "incident_severity": "Warning",
                            "is_snoozed": False, "p": 2, "limit": 1})
    expect(error_code("/incident/list", {"start_time": NOW - 40 * 86400, "end_time": NOW}) == "InvalidParameter", "31 d")
    member = data("/member/list", {"limit": 5})["items"][4]["member_id"]
    data("/incident/ack", {"incident_ids": ids[:1]})
    data("/incident/comment", {"incident_ids": ids[:1], "comment": "looking"})
    data("/incident/snooze", {"incident_ids": ids[:1], "minutes": 10})
    data("/incident/assign", {"incident_id": ids[0], "assigned_to": {"person_ids": [member], "type": "reassign"}})
    data("/incident/responder/add", {"incident_id": ids[0], "person_ids": [member]})
    data("/incident/resolve", {"incident_ids": ids[:1], "root_cause": "conformance"})
    info = data("/incident/info", {"incident_id": ids[0]})
    expect(info["progress"] == "Closed", "closed")
    feed = data("/incident/feed", {"incident_id": ids[0], "asc": True, "limit": 3})
    expect(feed["has_next_page"], "feed pages")
    data("/incident/feed", {"incident_id": ids[0], "p": 2, "limit": 3})
    expect(error_code("/incident/info", {"incident_id": "0" * 24}) == "ResourceNotFound", "404 as 400")
    by_ids = data("/incident/list-by-ids", {"incident_ids": ids + ["0" * 24]})["items"]
    expect([i["incident_id"] for i in by_ids] == ids, "list-by-ids leaves unknown ids out")
    expect(error_code("/incident/snooze", {"incident_ids": ids[1:2], "minutes": 0}) == "InvalidParameter", "minutes")


@check("war room lifecycle on the Slack emulator, with feed entries")
def _war_room():
    members = [m["member_id"] for m in data("/member/list", {"limit": 6})["items"]]
    incident = data("/incident/create", {"incident_severity": "Critical", "title": "Conformance war room",
                                         "assigned_to": {"person_ids": members[2:4]}})["incident_id"]
    room = data("/incident/war-room/create", {"incident_id": incident, "integration_id": INTEGRATION,
                                              "member_ids": members[4:5], "add_observers": True})
    chat = room["chat_id"]
    expect(error_code("/incident/war-room/create", {"incident_id": incident, "integration_id": INTEGRATION})
           == "InvalidParameter", "second war room")
    data("/incident/war-room/add-member", {"integration_id": INTEGRATION, "chat_id": chat, "member_ids": members[5:6]})
    data("/incident/war-room/default-observers", {"incident_id": incident})
    listed = data("/incident/war-room/list", {"incident_id": incident})["items"]
    expect([r["chat_id"] for r in listed] == [chat], "listed")
    detail = data("/incident/war-room/detail", {"integration_id": INTEGRATION, "chat_id": chat})
    channel = next(c for c in state()["slack"]["channels"] if c["id"] == chat)
    expect(detail["chat_name"] == channel["name"] and len(channel["members"]) >= 2, "slack channel")
    data("/incident/war-room/delete", {"incident_id": incident, "integration_id": INTEGRATION})
    channel = next(c for c in state()["slack"]["channels"] if c["id"] == chat)
    expect(channel["isArchived"], "archived on Slack")
    types = [i["type"] for i in data("/incident/feed", {"incident_id": incident, "asc": True})["items"]]
    expect("i_wr_create" in types and "i_wr_delete" in types, f"feed {types}")
    expect(error_code("/incident/war-room/delete", {"incident_id": incident, "integration_id": INTEGRATION})
           == "ResourceNotFound", "deleted twice")


@check("429 RequestTooFrequently past the per-second limit, and injected faults")
def _rate_limit():
    admin("flashduty/rate-limits", {"isEnabled": True, "perSecond": 1, "perMinute": 1000})
    try:
        statuses = [call("/member/info", want=None)[0] for _ in range(3)]
    finally:
        admin("flashduty/rate-limits", {"isEnabled": False})
    expect(429 in statuses, f"statuses {statuses}")
    admin("faults", {"service": "flashduty", "method": "member/list", "kind": "serverError", "count": 1})
    expect(error_code("/member/list", want=500) == "InternalError", "injected 500")


admin("flashduty/rate-limits", {"isEnabled": True, "perSecond": 50, "perMinute": 1000})
print(f"validated {len(validated)} responses against the spec")
if fallbacks:
    print("generic envelope only (no schema in either spec): " + ", ".join(sorted(fallbacks)))
finish()
