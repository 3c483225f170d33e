#!/usr/bin/env python3
"""Drives the sandbox's DingTalk emulator with the official SDKs, changed only in the endpoint.

Usage: dingtalk_conformance.py [BASE_URL] [APP_KEY] [APP_SECRET]
  BASE_URL    the DingTalk endpoint, e.g. http://127.0.0.1:PORT/ (env SANDBOX_DINGTALK_URL)
  APP_KEY     an app with every war-room permission (env DINGTALK_APP_KEY, default the demo's)
  APP_SECRET  its secret (env DINGTALK_APP_SECRET)
v1.0 goes through alibabacloud-dingtalk (Config(protocol="http", endpoint=host:port)); the old
oapi through dingtalk-sdk's AppKeyClient with API_BASE_URL set to BASE_URL. Env
DINGTALK_LIMITED_KEY and DINGTALK_LIMITED_SECRET name an app without qyapi_chat_manage. The
admin API at /_sandbox/ on the same port injects the QPS fault and advances the clock. Titles
and uuids carry a random suffix, so runs can repeat against one sandbox.
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

from alibabacloud_tea_openapi.models import Config
from alibabacloud_tea_util.models import RuntimeOptions
from alibabacloud_dingtalk.oauth2_1_0.client import Client as OAuthClient
from alibabacloud_dingtalk.oauth2_1_0 import models as oauth
from alibabacloud_dingtalk.im_1_0.client import Client as ImClient
from alibabacloud_dingtalk.im_1_0 import models as im
from alibabacloud_dingtalk.robot_1_0.client import Client as RobotClient
from alibabacloud_dingtalk.robot_1_0 import models as robot
from Tea.exceptions import TeaException
from dingtalk.client import AppKeyClient
from dingtalk.core.exceptions import DingTalkClientException
from harness import check, expect, finish, results  # noqa: E402,F401

BASE = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SANDBOX_DINGTALK_URL", "")).rstrip("/") + "/"
APP_KEY = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("DINGTALK_APP_KEY", "dingsandboxdemo")
APP_SECRET = sys.argv[3] if len(sys.argv) > 3 else os.environ.get("DINGTALK_APP_SECRET", "sandbox-demo-secret")
LIMITED_KEY = os.environ.get("DINGTALK_LIMITED_KEY", "dingsandboxlimited")
LIMITED_SECRET = os.environ.get("DINGTALK_LIMITED_SECRET", "sandbox-limited-secret")
TEMPLATE = os.environ.get("DINGTALK_TEMPLATE", "tpl-warroom")
_url = urllib.parse.urlsplit(BASE)
ADMIN = f"{_url.scheme}://{_url.netloc}/_sandbox/"
RUN = f"{int(time.time()) % 100000}-{random.randint(1000, 9999)}"
CONFIG = Config(protocol="http", region_id="central", endpoint=_url.netloc)
RUNTIME = RuntimeOptions()

im_client = ImClient(CONFIG)
robot_client = RobotClient(CONFIG)






def expect_tea(code, call, *args):
    try:
        call(*args)
    except TeaException as error:
        expect(error.code == code, f"wanted {code}, got {error.code}")
        return error
    raise AssertionError(f"wanted {code}, the call succeeded")


def expect_errcode(errcode, call, *args, **kwargs):
    try:
        call(*args, **kwargs)
    except DingTalkClientException as error:
        expect(error.errcode == errcode, f"wanted {errcode}, got {error.errcode} {error.errmsg}")
        return error
    raise AssertionError(f"wanted {errcode}, the call succeeded")


def admin(method, route, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(ADMIN + route, data=data, method=method)
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def counter(method):
    return admin("GET", "counters").get("dingtalk", {}).get(method, 0)


def v1_token(key=APP_KEY, secret=APP_SECRET):
    request = oauth.GetAccessTokenRequest(app_key=key, app_secret=secret)
    body = OAuthClient(CONFIG).get_access_token(request).body
    expect(body.expire_in == 7200, body.expire_in)
    return body.access_token


def old_client():
    client = AppKeyClient("dingsandboxcorp", APP_KEY, APP_SECRET)
    client.API_BASE_URL = BASE
    return client


def headers(cls, token):
    return cls(x_acs_dingtalk_access_token=token)


def create_group(token, title, users, uuid=None):
    request = im.CreateSceneGroupRequest(
        title=title, template_id=TEMPLATE, owner_user_id="dt00000001", user_ids=",".join(users),
        uuid=uuid)
    return im_client.create_scene_group_with_options(
        request, headers(im.CreateSceneGroupHeaders, token), RUNTIME).body


def members(token, group, size):
    found, cursor, pages = [], None, 0
    while True:
        request = im.GetSceneGroupMembersRequest(open_conversation_id=group, size=size, cursor=cursor)
        body = im_client.get_scene_group_members_with_options(
            request, headers(im.GetSceneGroupMembersHeaders, token), RUNTIME).body
        found += body.member_user_ids
        pages += 1
        if not body.has_more:
            return found, pages
        cursor = body.next_cursor


TOKEN = v1_token()


@check("v1.0: a scene-group war room's whole lifecycle, with a robot message")
def _():
    group = create_group(TOKEN, f"inc-{RUN}", ["dt00000002", "dt00000003"], uuid=f"u{RUN}")
    cid = group.open_conversation_id
    expect(cid and group.chat_id, group)
    update = im.UpdateSceneGroupRequest(open_conversation_id=cid, title=f"inc-{RUN} db")
    im_client.update_scene_group_with_options(update, headers(im.UpdateSceneGroupHeaders, TOKEN), RUNTIME)
    add = im.AddSceneGroupMemberRequest(open_conversation_id=cid, user_ids="dt00000004")
    im_client.add_scene_group_member_with_options(add, headers(im.AddSceneGroupMemberHeaders, TOKEN), RUNTIME)
    remove = im.RemoveSceneGroupMemberRequest(open_conversation_id=cid, user_ids="dt00000002")
    im_client.remove_scene_group_member_with_options(
        remove, headers(im.RemoveSceneGroupMemberHeaders, TOKEN), RUNTIME)
    found, _ = members(TOKEN, cid, 100)
    expect(found == ["dt00000001", "dt00000003", "dt00000004"], found)
    send = robot.OrgGroupSendRequest(
        robot_code=APP_KEY, open_conversation_id=cid, msg_key="sampleMarkdown",
        msg_param=json.dumps({"title": "Sev1", "text": "**checkout down**"}))
    sent = robot_client.org_group_send_with_options(
        send, headers(robot.OrgGroupSendHeaders, TOKEN), RUNTIME).body
    expect(sent.process_query_key, "no processQueryKey")
    info = im_client.get_scene_group_info_with_options(
        im.GetSceneGroupInfoRequest(open_conversation_id=cid),
        headers(im.GetSceneGroupInfoHeaders, TOKEN), RUNTIME).body
    expect(info.title == f"inc-{RUN} db" and info.status == 1, info)
    im_client.dsband_open_scene_group_with_options(
        im.DsbandOpenSceneGroupRequest(open_conversation_id=cid),
        headers(im.DsbandOpenSceneGroupHeaders, TOKEN), RUNTIME)
    add_again = im.AddSceneGroupMemberRequest(open_conversation_id=cid, user_ids="dt00000005")
    expect_tea("resource.not.found", im_client.add_scene_group_member_with_options,
               add_again, headers(im.AddSceneGroupMemberHeaders, TOKEN), RUNTIME)


@check("v1.0: members/query pages past the first page until hasMore is false")
def _():
    users = [f"dt{n:08d}" for n in range(2, 160) if n % 10]
    cid = create_group(TOKEN, f"inc-{RUN}-big", users).open_conversation_id
    found, pages = members(TOKEN, cid, 50)
    expect(pages == 3 and len(found) == len(users) + 1 == len(set(found)), f"{pages} pages, {len(found)}")


@check("v1.0: a repeated uuid returns the same group; unknown users are invalidParameter")
def _():
    first = create_group(TOKEN, f"inc-{RUN}-dup", [], uuid=f"dup{RUN}")
    second = create_group(TOKEN, f"inc-{RUN}-dup", [], uuid=f"dup{RUN}")
    expect(first.open_conversation_id == second.open_conversation_id, (first, second))
    error = expect_tea("invalidParameter", create_group, TOKEN, f"inc-{RUN}-x", ["dt99999999"])
    expect(error.data["statusCode"] == 400, error.data)


@check("v1.0: a missing permission is 403 with accessdenieddetail.requiredScopes")
def _():
    limited = v1_token(LIMITED_KEY, LIMITED_SECRET)
    error = expect_tea("Forbidden.AccessDenied.AccessTokenPermissionDenied", create_group,
                       limited, f"inc-{RUN}-denied", [])
    expect(error.data["statusCode"] == 403, error.data)
    expect(error.data["accessdenieddetail"]["requiredScopes"] == ["qyapi_chat_manage"], error.data)


@check("v1.0: a bad or expired token is 400 InvalidAuthentication")
def _():
    error = expect_tea("InvalidAuthentication", create_group, "bogus", f"inc-{RUN}-bad", [])
    expect(error.data["statusCode"] == 400, error.data)
    old = v1_token()
    admin("POST", "clock/advance", {"seconds": 7201})
    expect_tea("InvalidAuthentication", create_group, old, f"inc-{RUN}-expired", [])
    expect(v1_token() != old, "a new token after expiry")


@check("v1.0: a QPS fault is 403 QpsLimitForAppkeyAndApi; the SDK does not retry it")
def _():
    global TOKEN
    TOKEN = v1_token()
    api = "v1.0/im/sceneGroup/create"
    admin("POST", "faults", {"service": "dingtalk", "method": api, "kind": "rateLimited", "count": 1})
    before = counter(api)
    retrying = RuntimeOptions(autoretry=True, max_attempts=3)
    request = im.CreateSceneGroupRequest(title=f"inc-{RUN}-qps", template_id=TEMPLATE, owner_user_id="dt00000001")
    error = expect_tea("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi",
                       im_client.create_scene_group_with_options, request,
                       headers(im.CreateSceneGroupHeaders, TOKEN), retrying)
    expect(error.data["statusCode"] == 403, error.data)
    expect(counter(api) - before == 1, "the SDK retried a 403")
    expect(create_group(TOKEN, f"inc-{RUN}-qps", []).open_conversation_id, "no group after the burst")


@check("oapi: gettoken, chat/create, update, get and send, user lookups")
def _():
    client = old_client()
    chatid = client.chat.create(f"inc-{RUN}"[:20], "dt00000001", ["dt00000001", "dt00000002"])
    client.chat.update(chatid, name=f"r-{RUN}"[:20], add_useridlist=["dt00000003"], del_useridlist=["dt00000002"])
    info = client.chat.get(chatid)
    expect(info["useridlist"] == ["dt00000001", "dt00000003"] and info["name"] == f"r-{RUN}"[:20], info)
    message = client.chat.send(chatid, {"msg": {"msgtype": "text", "text": {"content": "Sev1"}}})
    expect(message, "no messageId")
    found = client.post("/topapi/v2/user/getbymobile", data={"mobile": "13800000001"})
    expect(found["result"]["userid"] == "dt00000001", found)
    by_union = client.user.get_userid_by_unionid("un00000004")
    expect(by_union["userid"] == "dt00000004", by_union)


@check("oapi: errcodes 60121, 33012, 40035 and 60011")
def _():
    client = old_client()
    expect_errcode(60121, client.post, "/topapi/v2/user/getbymobile", data={"mobile": "10000000000"})
    expect_errcode(33012, client.chat.create, "inc-x", "dt00000001", ["dt00000001", "nobody"])
    expect_errcode(40035, client.chat.create, "x" * 21, "dt00000001", ["dt00000001"])
    limited = AppKeyClient("dingsandboxcorp", LIMITED_KEY, LIMITED_SECRET)
    limited.API_BASE_URL = BASE
    expect_errcode(60011, limited.chat.get, "chat-none")


@check("oapi: an expired token (42001) is refreshed and retried by the SDK")
def _():
    client = old_client()
    client.chat.get(client.chat.create(f"e-{RUN}"[:20], "dt00000001", ["dt00000001"]))
    before = counter("gettoken")
    admin("POST", "clock/advance", {"seconds": 7201})
    client.post("/topapi/v2/user/getbymobile", data={"mobile": "13800000001"})
    expect(counter("gettoken") - before == 1, "no new token fetched")


@check("oapi: a QPS fault is errcode 90018, raised as DingTalkClientException (no retry)")
def _():
    client = old_client()
    admin("POST", "faults", {"service": "dingtalk", "method": "chat/get", "kind": "rateLimited", "count": 1})
    before = counter("chat/get")
    expect_errcode(90018, client.chat.get, "chat-none")
    expect(counter("chat/get") - before == 1, "the SDK retried 90018")


finish()
