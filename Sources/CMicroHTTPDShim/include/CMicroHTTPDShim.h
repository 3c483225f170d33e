#ifndef MUSTER_CMICROHTTPDSHIM_H
#define MUSTER_CMICROHTTPDSHIM_H

#include <stdarg.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <microhttpd.h>

/* MHD_start_daemon and MHD_get_daemon_info are variadic, which Swift cannot call.
   These wrappers fix the options Muster uses. */

/* What muster_mhd_start passes to MHD_start_daemon. */
struct muster_mhd_config {
    unsigned int flags;
    const struct sockaddr *address;
    unsigned int thread_pool_size;
    unsigned int connection_timeout_seconds;
    MHD_AccessHandlerCallback access_handler;
    void *access_context;
    MHD_RequestCompletedCallback completed_handler;
    MHD_NotifyConnectionCallback connection_handler;
    void *notify_context;
};

/* Starts a daemon with the given configuration, or returns NULL. */
struct MHD_Daemon *muster_mhd_start(const struct muster_mhd_config *config);

/* The port the daemon's listening socket is bound to, or 0. */
uint16_t muster_mhd_bound_port(struct MHD_Daemon *daemon);

#endif
