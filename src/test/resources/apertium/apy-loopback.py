# Starts Apertium APY bound to 127.0.0.1 only. APY 0.11 (Debian 12) has no option for the address and binds every
# interface, so the bind call is narrowed to the loopback address before APY starts. Arguments are APY's own.
import sys

import tornado.tcpserver

_bind = tornado.tcpserver.TCPServer.bind


def _bind_loopback(self, port, address=None, *args, **kwargs):
    return _bind(self, port, '127.0.0.1', *args, **kwargs)


tornado.tcpserver.TCPServer.bind = _bind_loopback

from apertium_apy.apy import main  # noqa: E402

sys.argv[0] = 'apertium-apy'
main()
