#!/usr/bin/env python3
"""Drives the sandbox's Slack emulator with the official slack_sdk, changed only in base_url.

Usage: slack_conformance.py [BASE_URL] [TOKEN]
  BASE_URL  the Slack endpoint, e.g. http://127.0.0.1:PORT/api/ (env SANDBOX_SLACK_URL)
  TOKEN     a bot token with every war-room scope (env SLACK_TOKEN, default xoxb-sandbox-demo)
Env SLACK_LIMITED_TOKEN and SLACK_REVOKED_TOKEN name a token without groups:write and a revoked
one (defaults: the demo seed's). The admin API is reached at /_sandbox/ on the same port, to
inject a 429. Channel names carry a random suffix, so runs can repeat against one sandbox.
The last line is "N passed, N failed"; the exit code is 1 when anything failed.
"""
import json
import os
import random
import sys
import time
import traceback
import urllib.parse
import urllib.request

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from harness import check, expect, finish, results  # noqa: E402,F401

BASE = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SANDBOX_SLACK_URL", "")).rstrip("/") + "/"
TOKEN = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("SLACK_TOKEN", "xoxb-sandbox-demo")
LIMITED = os.environ.get("SLACK_LIMITED_TOKEN", "xoxb-sandbox-limited")
REVOKED = os.environ.get("SLACK_REVOKED_TOKEN", "xoxb-sandbox-revoked")
_url = urllib.parse.urlsplit(BASE)
ADMIN = f"{_url.scheme}://{_url.netloc}/_sandbox/"
RUN = f"{int(time.time()) % 100000}-{random.randint(1000, 9999)}"

client = WebClient(token=TOKEN, base_url=BASE)






def expect_error(code, call, *args, **kwargs):
    try:
        call(*args, **kwargs)
    except SlackApiError as error:
        expect(error.response["error"] == code, f"wanted {code}, got {error.response['error']}")
        return error.response
    raise AssertionError(f"wanted {code}, the call succeeded")


def admin(method, route, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(ADMIN + route, data=data, method=method)
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def active_user_ids():
    ids, cursor = [], None
    while True:
        page = client.users_list(limit=100, cursor=cursor)
        ids += [u["id"] for u in page["members"] if not u["deleted"] and not u["is_bot"]]
        cursor = page["response_metadata"]["next_cursor"]
        if not cursor:
            return ids


@check("auth.test reports the granted scopes in x-oauth-scopes, without spaces")
def _():
    response = client.auth_test()
    scopes = response.headers["x-oauth-scopes"]
    expect("groups:write" in scopes.split(",") and " " not in scopes, scopes)
    expect(response["user_id"], "no user_id")


@check("a private war room's whole lifecycle")
def _():
    created = client.conversations_create(name=f"inc-{RUN}", is_private=True)
    channel = created["channel"]["id"]
    expect(created["channel"]["is_private"] is True, "not private")
    client.conversations_invite(channel=channel, users=["U00000001", "U00000002"])
    info = client.conversations_info(channel=channel, include_num_members=True)
    expect(info["channel"]["num_members"] == 3, info["channel"])
    renamed = client.conversations_rename(channel=channel, name=f"inc-{RUN}-checkout")
    expect(renamed["channel"]["name"] == f"inc-{RUN}-checkout", renamed["channel"]["name"])
    client.conversations_setTopic(channel=channel, topic="Sev1 checkout down")
    client.conversations_setPurpose(channel=channel, purpose="war room")
    posted = client.chat_postMessage(
        channel=channel, text="Incident declared",
        blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": "*Sev1*"}}])
    expect(posted["message"]["text"] == "Incident declared", posted["message"])
    client.conversations_kick(channel=channel, user="U00000002")
    members = client.conversations_members(channel=channel)["members"]
    expect("U00000002" not in members and "U00000001" in members, members)
    client.conversations_archive(channel=channel)
    expect(client.conversations_info(channel=channel)["channel"]["is_archived"], "not archived")
    expect_error("already_archived", client.conversations_archive, channel=channel)
    client.conversations_unarchive(channel=channel)


@check("conversations.list finds the new private channel, also as a GET")
def _():
    name = f"inc-{RUN}-listed"
    client.conversations_create(name=name, is_private=True)
    found, cursor = [], None
    while True:
        page = client.api_call("conversations.list", http_verb="GET", params={
            "types": "private_channel", "limit": 2, **({"cursor": cursor} if cursor else {})})
        found += [c["name"] for c in page["channels"]]
        cursor = page["response_metadata"]["next_cursor"]
        if not cursor:
            break
    expect(name in found, found)


@check("users.list and conversations.members page past the first page, ending with ''")
def _():
    users = active_user_ids()
    expect(len(users) > 200, f"only {len(users)} users")
    channel = client.conversations_create(name=f"inc-{RUN}-big")["channel"]["id"]
    invitees = users[:150]
    for start in range(0, len(invitees), 100):
        client.conversations_invite(channel=channel, users=invitees[start:start + 100])
    members, cursor, pages = [], None, 0
    while True:
        page = client.conversations_members(channel=channel, limit=50, cursor=cursor)
        members += page["members"]
        pages += 1
        cursor = page["response_metadata"]["next_cursor"]
        if cursor == "":
            break
    expect(pages == 4 and len(members) == 151, f"{pages} pages, {len(members)} members")


@check("the documented errors: name taken, already in channel, unknown users, bad name")
def _():
    channel = client.conversations_create(name=f"inc-{RUN}-errors")["channel"]["id"]
    expect_error("name_taken", client.conversations_create, name=f"inc-{RUN}-errors")
    client.conversations_invite(channel=channel, users=["U00000003"])
    expect_error("already_in_channel", client.conversations_invite, channel=channel, users=["U00000003"])
    expect_error("user_not_found", client.conversations_invite, channel=channel, users=["U404"])
    expect_error("users_not_found", client.users_lookupByEmail, email="nobody@example.com")
    expect_error("invalid_name_specials", client.conversations_create, name="Inc Upper")
    expect_error("channel_not_found", client.conversations_info, channel="C404")
    expect(client.users_lookupByEmail(email="user3@example.com")["user"]["id"] == "U00000003", "lookup")


@check("missing_scope names the needed and provided scopes")
def _():
    limited = WebClient(token=LIMITED, base_url=BASE)
    response = expect_error("missing_scope", limited.conversations_create, name=f"inc-{RUN}-x", is_private=True)
    expect(response["needed"] == "groups:write", response["needed"])
    expect(response["provided"] == response.headers["x-oauth-scopes"], response["provided"])


@check("a revoked token answers token_revoked, an unknown one invalid_auth")
def _():
    expect_error("token_revoked", WebClient(token=REVOKED, base_url=BASE).auth_test)
    expect_error("invalid_auth", WebClient(token="xoxb-nope", base_url=BASE).auth_test)


@check("a 429 with Retry-After is raised, then retried by RateLimitErrorRetryHandler")
def _():
    fault = {"service": "slack", "method": "users.info", "kind": "rateLimited",
             "retryAfter": 1, "count": 2}
    admin("POST", "faults", fault)
    response = expect_error("ratelimited", client.users_info, user="U00000001")
    expect(response.status_code == 429 and response.headers["retry-after"] == "1", response.headers)
    before = admin("GET", "counters")["slack"].get("users.info", 0)
    retrying = WebClient(token=TOKEN, base_url=BASE,
                         retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)])
    expect(retrying.users_info(user="U00000001")["user"]["id"] == "U00000001", "no user")
    after = admin("GET", "counters")["slack"]["users.info"]
    expect(after - before == 2, f"{after - before} calls, wanted 2")


finish()
