/// Every emulated Open API path and its operation.
enum FlashdutyOperationCatalog {
    static let operations: [String: FlashdutyOperation] = {
        let read = FlashdutyPermission.incidentsRead
        let manage = FlashdutyPermission.incidentsManage
        let roles = FlashdutyPermission.rolesManage
        let integrations = FlashdutyPermission.integrationsManage
        return [
            "/member/list": .read(FlashdutyDirectory.memberList),
            "/member/info": .read(FlashdutyDirectory.memberInfo),
            "/person/infos": .read(FlashdutyDirectory.personInfos),
            "/team/list": .read(FlashdutyDirectory.teamList),
            "/team/info": .read(FlashdutyDirectory.teamInfo),
            "/channel/list": .read(FlashdutyDirectory.channelList),
            "/channel/info": .read(FlashdutyDirectory.channelInfo),
            "/role/list": .read(FlashdutyRoles.list),
            "/role/info": .read(FlashdutyRoles.info),
            "/role/upsert": .write(FlashdutyRoles.upsert, roles),
            "/role/enable": .write(FlashdutyRoles.enable, roles),
            "/role/disable": .write(FlashdutyRoles.disable, roles),
            "/role/delete": .write(FlashdutyRoles.delete, roles),
            "/role/permission/list": .read(FlashdutyRoles.permissionList),
            "/role/member/grant": .write(FlashdutyRoles.grant, roles),
            "/role/member/revoke": .write(FlashdutyRoles.revoke, roles),
            "/datasource/im/war-room-enabled/list": .read(FlashdutyIntegrations.warRoomEnabledList),
            "/datasource/im/person/try-link": .write(FlashdutyIntegrations.tryLink, integrations),
            "/incident/list": .read(FlashdutyIncidents.list, read),
            "/incident/info": .read(FlashdutyIncidents.info, read),
            "/incident/list-by-ids": .read(FlashdutyIncidents.listByIDs, read),
            "/incident/create": .write(FlashdutyIncidents.create, manage),
            "/incident/ack": .write(FlashdutyIncidentActions.ack, manage),
            "/incident/resolve": .write(FlashdutyIncidentActions.resolve, manage),
            "/incident/snooze": .write(FlashdutyIncidentActions.snooze, manage),
            "/incident/assign": .write(FlashdutyIncidentActions.assign, manage),
            "/incident/responder/add": .write(FlashdutyIncidentActions.addResponders, manage),
            "/incident/comment": .write(FlashdutyIncidentActions.comment, manage),
            "/incident/feed": .read(FlashdutyIncidentActions.feed, read),
            "/incident/war-room/create": .write(FlashdutyWarRooms.create, manage),
            "/incident/war-room/list": .read(FlashdutyWarRooms.list, read),
            "/incident/war-room/detail": .read(FlashdutyWarRooms.detail, read),
            "/incident/war-room/delete": .write(FlashdutyWarRooms.delete, manage),
            "/incident/war-room/add-member": .write(FlashdutyWarRooms.addMember, manage),
            "/incident/war-room/default-observers": .read(FlashdutyWarRooms.defaultObservers, read),
        ]
    }()
}
