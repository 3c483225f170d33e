#!/usr/bin/env python3
"""Drives the sandbox's WeCom emulator with the official wechatpy, changed only in its base URL.

Usage: wecom_conformance.py [BASE_URL] [CORP_ID] [SECRET]
  BASE_URL  the WeCom endpoint, e.g. http://127.0.0.1:PORT/cgi-bin/ (env SANDBOX_WECOM_URL)
  CORP_ID   the corporation (env WECOM_CORP_ID, default the demo's wwsandboxcorp)
  SECRET    an app that sees the root department (env WECOM_SECRET, default the demo's)
wechatpy hard-codes the real host in fetch_access_token, so a subclass sets API_BASE_URL and
fetches the token from it (im-platforms.md §6). Env WECOM_LIMITED_SECRET names an app that sees
department 2 only. The admin API at /_sandbox/ on the same port injects the 45009 fault and
advances the clock. Chat ids carry a random suffix, so runs can repeat against one sandbox.
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

from wechatpy.enterprise import WeChatClient
from wechatpy.exceptions import APILimitedException, WeChatClientException
from harness import check, expect, finish, results  # noqa: E402,F401

BASE = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SANDBOX_WECOM_URL", "")).rstrip("/") + "/"
CORP_ID = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("WECOM_CORP_ID", "wwsandboxcorp")
SECRET = sys.argv[3] if len(sys.argv) > 3 else os.environ.get("WECOM_SECRET", "sandbox-demo-secret")
LIMITED_SECRET = os.environ.get("WECOM_LIMITED_SECRET", "sandbox-limited-secret")
_url = urllib.parse.urlsplit(BASE)
ADMIN = f"{_url.scheme}://{_url.netloc}/_sandbox/"
RUN = f"{int(time.time()) % 100000}{random.randint(1000, 9999)}"


class SandboxClient(WeChatClient):
    """wechatpy's enterprise client, pointed at the sandbox."""
    API_BASE_URL = BASE

    def fetch_access_token(self):
        return self._fetch_access_token(
            url=self.API_BASE_URL + "gettoken",
            params={"corpid": self.corp_id, "corpsecret": self.secret})


client = SandboxClient(CORP_ID, SECRET)






def expect_errcode(errcode, call, *args, **kwargs):
    try:
        call(*args, **kwargs)
    except WeChatClientException as error:
        expect(error.errcode == errcode, f"wanted {errcode}, got {error.errcode} {error.errmsg}")
        return error
    raise AssertionError(f"wanted {errcode}, the call succeeded")


def admin(method, route, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(ADMIN + route, data=data, method=method)
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def counter(method):
    return admin("GET", "counters").get("wecom", {}).get(method, 0)


@check("an app chat war room's whole lifecycle: create, update, get, send")
def _():
    chat = f"inc{RUN}"
    created = client.appchat.create(chat_id=chat, name=f"inc-{RUN}", owner="wc00000001",
                                    user_list=["wc00000001", "wc00000002", "wc00000003"])
    expect(created["chatid"] == chat, created)
    client.appchat.update(chat, name=f"inc-{RUN} checkout", add_user_list=["wc00000004"],
                          del_user_list=["wc00000002"])
    info = client.appchat.get(chat)
    expect(info["name"] == f"inc-{RUN} checkout", info)
    expect(info["userlist"] == ["wc00000001", "wc00000003", "wc00000004"], info)
    client.appchat.send_text(chat, "Incident declared")
    client.appchat.send(chat, "markdown", content="**Sev1** checkout down")
    generated = client.appchat.create(name="no id", user_list=["wc00000001", "wc00000005"])
    expect(generated["chatid"], generated)


@check("user/getuserid and user/get_userid_by_email find users, in any mobile format")
def _():
    for mobile in ["13800000001", "+86 13800000001"]:
        expect(client.post("user/getuserid", data={"mobile": mobile})["userid"] == "wc00000001", mobile)
    expect(client.post("user/getuserid", data={"mobile": "+1 5550000003"})["userid"] == "wc00000003", "+1")
    found = client.post("user/get_userid_by_email", data={"email": "user5@corp.example.com", "email_type": 1})
    expect(found["userid"] == "wc00000005", found)


@check("the documented errors: 86215 chatid taken, 86216 non-member, 86003, 46004, 86006")
def _():
    chat = f"err{RUN}"
    client.appchat.create(chat_id=chat, name="e", user_list=["wc00000001", "wc00000002"])
    expect_errcode(86215, client.appchat.create, chat_id=chat, name="e",
                   user_list=["wc00000001", "wc00000002"])
    expect_errcode(86216, client.appchat.update, chat, del_user_list=["wc00000009"])
    expect_errcode(86216, client.appchat.update, chat, add_user_list=["nobody"])
    expect_errcode(86003, client.appchat.get, "missing0")
    expect_errcode(86006, client.appchat.create, name="solo", user_list=["wc00000001"])
    expect_errcode(46004, client.post, "user/getuserid", data={"mobile": "13999999999"})
    expect_errcode(46004, client.post, "user/get_userid_by_email", data={"email": "no@corp.example.com"})


@check("visibility: 48002 for appchat without the root department, 60011 outside it")
def _():
    limited = SandboxClient(CORP_ID, LIMITED_SECRET)
    expect_errcode(48002, limited.appchat.create, name="x", user_list=["wc00000001", "wc00000003"])
    expect_errcode(60011, limited.post, "user/getuserid", data={"mobile": "13800000002"})
    expect(limited.post("user/getuserid", data={"mobile": "13800000001"})["userid"] == "wc00000001", "odd")


@check("an expired token (42001) is refetched and the call retried by wechatpy")
def _():
    client.appchat.get(f"inc{RUN}")
    before = counter("gettoken")
    admin("POST", "clock/advance", {"seconds": 7201})
    expect(client.appchat.get(f"inc{RUN}")["chatid"] == f"inc{RUN}", "no chat")
    expect(counter("gettoken") - before == 1, "no new token")
    expect_errcode(40001, SandboxClient(CORP_ID, "wrong").fetch_access_token)
    expect_errcode(40013, SandboxClient("ww0", SECRET).fetch_access_token)


@check("45009 raises APILimitedException, which wechatpy does not retry")
def _():
    admin("POST", "faults", {"service": "wecom", "method": "appchat/get", "kind": "rateLimited", "count": 1})
    before = counter("appchat/get")
    try:
        client.appchat.get(f"inc{RUN}")
        raise AssertionError("the call succeeded")
    except APILimitedException as error:
        expect(error.errcode == 45009, error.errcode)
    expect(counter("appchat/get") - before == 1, "wechatpy retried 45009")
    expect(client.appchat.get(f"inc{RUN}")["chatid"] == f"inc{RUN}", "no chat after the burst")


finish()
