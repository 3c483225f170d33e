#!/usr/bin/env python3
"""Drives the sandbox's Feishu and Lark emulators with the official lark-oapi, changed only in
its domain.

Usage: feishu_conformance.py [FEISHU_URL] [LARK_URL]
  FEISHU_URL  the feishu endpoint, e.g. http://127.0.0.1:PORT/open-apis/ (env SANDBOX_FEISHU_URL)
  LARK_URL    the lark endpoint (env SANDBOX_LARK_URL); left out, only Feishu is checked
The apps are the demo seed's: cli_<brand>_demo (every war-room scope) and cli_<brand>_limited,
with secrets sandbox-<brand>-demo-secret and sandbox-<brand>-limited-secret. The admin API is
reached at /_sandbox/ on the same port, to inject a 429 and to move the virtual clock. Names and
uuids carry a random suffix, so runs can repeat against one sandbox.
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

import lark_oapi as lark
from lark_oapi.api.application.v6 import ListScopeRequest
from lark_oapi.api.contact.v3 import BatchGetIdUserRequest, BatchGetIdUserRequestBody
from lark_oapi.api.im.v1 import (
    CreateChatMembersRequest, CreateChatMembersRequestBody, CreateChatRequest,
    CreateChatRequestBody, CreateMessageRequest, CreateMessageRequestBody,
    DeleteChatMembersRequest, DeleteChatMembersRequestBody, DeleteChatRequest, GetChatMembersRequest,
    GetChatRequest, IsInChatChatMembersRequest, ListChatRequest, UpdateChatRequest,
    UpdateChatRequestBody)
from lark_oapi.core.token.manager import TokenManager
from harness import check, expect, finish, results  # noqa: E402,F401

RUN = f"{int(time.time()) % 100000}-{random.randint(1000, 9999)}"


def origin(url):
    """The SDK's domain: scheme and host of an endpoint URL, without /open-apis/."""
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def open_id(number):
    return "ou_" + str(number).zfill(32)






def ok(response):
    expect(response.code == 0, f"code {response.code}: {response.msg}")
    expect(response.raw.headers.get("X-Tt-Logid"), "no X-Tt-Logid")
    return getattr(response, "data", None)


def failed(response, code, status=400):
    expect(response.code == code, f"wanted {code}, got {response.code}: {response.msg}")
    expect(response.raw.status_code == status, f"wanted HTTP {status}, got {response.raw.status_code}")
    return response


def run(brand, url):
    domain = origin(url)
    admin_base = domain + "/_sandbox/"
    app, secret = f"cli_{brand}_demo", f"sandbox-{brand}-demo-secret"
    client = lark.Client.builder().app_id(app).app_secret(secret).domain(domain) \
        .log_level(lark.LogLevel.ERROR).build()
    im = client.im.v1

    def admin(method, route, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(admin_base + route, data=data, method=method)
        with urllib.request.urlopen(request) as response:
            return json.load(response)

    def create_chat(name, members=(), uuid=None, owner=None):
        body = CreateChatRequestBody.builder().name(name).description("war room") \
            .user_id_list([open_id(n) for n in members])
        if owner:
            body = body.owner_id(owner)
        request = CreateChatRequest.builder().user_id_type("open_id")
        if uuid:
            request = request.uuid(uuid)
        return im.chat.create(request.request_body(body.build()).build())

    def add_members(chat, ids, succeed_type=None):
        request = CreateChatMembersRequest.builder().chat_id(chat).member_id_type("open_id")
        if succeed_type is not None:
            request = request.succeed_type(succeed_type)
        body = CreateChatMembersRequestBody.builder().id_list(ids).build()
        return im.chat_members.create(request.request_body(body).build())

    def members_page(chat, size, token=None):
        request = GetChatMembersRequest.builder().chat_id(chat).member_id_type("open_id").page_size(size)
        if token:
            request = request.page_token(token)
        return ok(im.chat_members.get(request.build()))

    @check(f"{brand}: a whole war-room lifecycle")
    def _():
        uuid = f"inc-{RUN}-{brand}"
        created = ok(create_chat(f"inc-{RUN}", members=[1, 2], uuid=uuid, owner=open_id(1)))
        chat = created.chat_id
        expect(chat.startswith("oc_") and created.owner_id == open_id(1), vars(created))
        again = ok(create_chat(f"inc-{RUN}", members=[1, 2], uuid=uuid, owner=open_id(1)))
        expect(again.chat_id == chat, "the same uuid made a second chat")
        added = ok(add_members(chat, [open_id(3), open_id(4)]))
        expect(added.invalid_id_list == [] and added.not_existed_id_list == [], vars(added))
        ok(im.chat.update(UpdateChatRequest.builder().chat_id(chat).request_body(
            UpdateChatRequestBody.builder().name(f"inc-{RUN}-checkout").build()).build()))
        sent = ok(im.message.create(CreateMessageRequest.builder().receive_id_type("chat_id")
                                    .request_body(CreateMessageRequestBody.builder().receive_id(chat)
                                                  .msg_type("text").content(json.dumps({"text": "declared"}))
                                                  .build()).build()))
        expect(sent.message_id.startswith("om_") and json.loads(sent.body.content)["text"] == "declared",
               "message")
        removed = ok(im.chat_members.delete(DeleteChatMembersRequest.builder().chat_id(chat)
                                            .member_id_type("open_id").request_body(
                                                DeleteChatMembersRequestBody.builder()
                                                .id_list([open_id(4)]).build()).build()))
        expect(removed.invalid_id_list == [], vars(removed))
        info = ok(im.chat.get(GetChatRequest.builder().chat_id(chat).build()))
        expect(info.name == f"inc-{RUN}-checkout" and info.user_count == "3", vars(info))
        expect(ok(im.chat_members.is_in_chat(IsInChatChatMembersRequest.builder().chat_id(chat).build()))
               .is_in_chat is True, "bot not in chat")
        # The owner is a user, so the bot dissolves it as its creator with operate_as_owner.
        ok(im.chat.delete(DeleteChatRequest.builder().chat_id(chat).build()))
        failed(im.chat.delete(DeleteChatRequest.builder().chat_id(chat).build()), 232009)

    @check(f"{brand}: members and chats page past the first page")
    def _():
        chat = ok(create_chat(f"inc-{RUN}-paging")).chat_id
        for start in (1, 51, 101):
            ok(add_members(chat, [open_id(n) for n in range(start, start + 50)]))
        members, token, pages = [], None, 0
        while True:
            page = members_page(chat, 50, token)
            members += [m.member_id for m in page.items]
            expect(page.member_total == 135, f"member_total {page.member_total}")
            pages += 1
            if not page.has_more:
                expect(page.page_token is None, "page_token on the last page")
                break
            token = page.page_token
        expect(pages == 3 and len(set(members)) == 135, f"{pages} pages, {len(members)} members")
        default = members_page(chat, 20)
        expect(len(default.items) == 20 and default.has_more, "default page")
        for n in range(3):
            ok(create_chat(f"inc-{RUN}-list-{n}"))
        first = ok(im.chat.list(ListChatRequest.builder().page_size(2).build()))
        second = ok(im.chat.list(ListChatRequest.builder().page_size(2).page_token(first.page_token).build()))
        expect(first.has_more and len(second.items) == 2, "chat list paging")
        expect({c.chat_id for c in first.items}.isdisjoint({c.chat_id for c in second.items}), "repeat")

    @check(f"{brand}: unknown users: no user_id in batch_get_id, 99992351 on add, not_existed_id_list")
    def _():
        found = ok(client.contact.v3.user.batch_get_id(
            BatchGetIdUserRequest.builder().user_id_type("open_id").request_body(
                BatchGetIdUserRequestBody.builder()
                .emails(["user1@example.com", "nobody@example.com", "user25@example.com"])
                .mobiles(["+15550000003", "13800000004"]).build()).build()))
        ids = [entry.user_id for entry in found.user_list]
        expect(ids == [open_id(1), None, None, open_id(3), open_id(4)], ids)
        chat = ok(create_chat(f"inc-{RUN}-unknown")).chat_id
        failed(add_members(chat, [open_id(5), "ou_nobody"]), 99992351)
        partial = ok(add_members(chat, [open_id(5), "ou_nobody"], succeed_type=1))
        expect(partial.not_existed_id_list == ["ou_nobody"], vars(partial))
        failed(add_members(chat, [open_id(248)]), 232024)

    @check(f"{brand}: a missing scope answers 99991672 with permission_violations")
    def _():
        limited = lark.Client.builder().app_id(f"cli_{brand}_limited") \
            .app_secret(f"sandbox-{brand}-limited-secret").domain(domain) \
            .log_level(lark.LogLevel.ERROR).build()
        response = failed(limited.im.v1.chat.create(CreateChatRequest.builder().request_body(
            CreateChatRequestBody.builder().name(f"inc-{RUN}-x").build()).build()), 99991672)
        expect(response.msg.startswith("Access denied. One of the following scopes is required:"), response.msg)
        # BaseResponse declares no types, so lark-oapi leaves `error` a plain dict.
        error = response.error if isinstance(response.error, dict) else vars(response.error)
        subjects = [v["subject"] for v in error["permission_violations"]]
        expect(subjects == ["im:chat", "im:chat:create"], subjects)
        expect(all(v["type"] == "action_scope_required" for v in error["permission_violations"]), error)
        expect(error["helps"][0]["url"].startswith("https://"), "helps")
        scopes = ok(limited.application.v6.scope.list(ListScopeRequest.builder().build())).scopes
        status = {s.scope_name: s.grant_status for s in scopes}
        expect(status.get("im:chat:read") == 1 and status.get("im:chat:create") == 2, status)

    @check(f"{brand}: a 429 carries 99991400 and x-ogw-ratelimit-*, and a retry after the reset succeeds")
    def _():
        chat = ok(create_chat(f"inc-{RUN}-429")).chat_id
        admin("POST", "faults", {"service": brand, "method": "im.v1.chat.get", "kind": "rateLimited",
                                 "retryAfter": 1, "count": 1})
        before = admin("GET", "counters")[brand].get("im.v1.chat.get", 0)
        limited = failed(im.chat.get(GetChatRequest.builder().chat_id(chat).build()), 99991400, status=429)
        reset = int(limited.raw.headers["x-ogw-ratelimit-reset"])
        expect(int(limited.raw.headers["x-ogw-ratelimit-limit"]) > 0 and reset == 1, limited.raw.headers)
        # lark-oapi does not retry by itself; a client waits x-ogw-ratelimit-reset seconds.
        time.sleep(reset)
        ok(im.chat.get(GetChatRequest.builder().chat_id(chat).build()))
        after = admin("GET", "counters")[brand]["im.v1.chat.get"]
        expect(after - before == 2, f"{after - before} calls, wanted 2")

    @check(f"{brand}: an expired token answers 99991677, a forged one 99991663")
    def _():
        request = urllib.request.Request(
            domain + "/open-apis/auth/v3/tenant_access_token/internal",
            data=json.dumps({"app_id": app, "app_secret": secret}).encode(), method="POST")
        with urllib.request.urlopen(request) as response:
            token = json.load(response)
        expect(token["code"] == 0 and token["tenant_access_token"].startswith("t-"), token)
        manual = lark.Client.builder().enable_set_token(True).domain(domain) \
            .log_level(lark.LogLevel.ERROR).build()

        def list_with(value):
            option = lark.RequestOption.builder().tenant_access_token(value).build()
            return manual.im.v1.chat.list(ListChatRequest.builder().build(), option)

        failed(list_with("t-forged"), 99991663)
        admin("POST", "clock/advance", {"seconds": 7201})
        failed(list_with(token["tenant_access_token"]), 99991677)
        # The SDK's cache runs on real time, so its token outlived the virtual clock: drop it.
        TokenManager.cache.set(f"self_tenant_token:{app}", "", 0)
        ok(im.chat.list(ListChatRequest.builder().build()))


urls = [
    ("feishu", sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SANDBOX_FEISHU_URL", "")),
    ("lark", sys.argv[2] if len(sys.argv) > 2 else os.environ.get("SANDBOX_LARK_URL", "")),
]
for brand, url in urls:
    if url:
        run(brand, url)

finish()
