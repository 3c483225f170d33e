#include "CMicroHTTPDShim.h"

struct MHD_Daemon *muster_mhd_start(const struct muster_mhd_config *config) {
    struct MHD_OptionItem options[] = {
        {MHD_OPTION_SOCK_ADDR, 0, (void *)config->address},
        {MHD_OPTION_THREAD_POOL_SIZE, config->thread_pool_size, NULL},
        {MHD_OPTION_CONNECTION_TIMEOUT, config->connection_timeout_seconds, NULL},
        {MHD_OPTION_NOTIFY_COMPLETED, (intptr_t)config->completed_handler, config->notify_context},
        {MHD_OPTION_NOTIFY_CONNECTION, (intptr_t)config->connection_handler, config->notify_context},
        {MHD_OPTION_END, 0, NULL},
    };
    return MHD_start_daemon(
        config->flags, 0, NULL, NULL,
        config->access_handler, config->access_context,
        MHD_OPTION_ARRAY, options,
        MHD_OPTION_END);
}

uint16_t muster_mhd_bound_port(struct MHD_Daemon *daemon) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info == NULL ? 0 : info->port;
}
