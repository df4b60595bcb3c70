#!/usr/bin/python3
"""Fake IP camera for tests: an RTSP server (TCP interleaved + UDP) on GStreamer's gst-rtsp-server.

Adapted from shared/reference/camsim.py. Serves looping MPEG-TS files like a Hikvision:
  /Streaming/Channels/101 -> main1080.ts   /Streaming/Channels/102 -> sub360.ts
  /h265 -> main1080_h265.ts (only if present)   /audioonly -> audio only (non-video stream test)
Usage: python3 camsim.py --port 8554 [--user admin --password secret] [--auth digest|basic] --media DIR
"""
import argparse, ctypes, os, signal, subprocess, sys
import gi
gi.require_version('Gst', '1.0')
gi.require_version('GstRtspServer', '1.0')
gi.require_version('GstRtsp', '1.0')
from gi.repository import Gst, GstRtsp, GstRtspServer, GLib

ap = argparse.ArgumentParser()
ap.add_argument('--port', default='8554')
ap.add_argument('--user')
ap.add_argument('--password')
ap.add_argument('--auth', default='digest', choices=['digest', 'basic'])
ap.add_argument('--media', required=True)
ap.add_argument('--exit-with-stdin', action='store_true', help='quit when stdin closes (the parent died)')
a = ap.parse_args()

Gst.init(None)
server = GstRtspServer.RTSPServer()
server.set_address('127.0.0.1')
server.set_service(a.port)
mounts = server.get_mount_points()
feeders = []

def die_with_parent():
    ctypes.CDLL('libc.so.6', use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG

def live_rtp(name, port, enc):
    # Reading the file inside GStreamer makes PLAY fail with 503 (tsdemux cannot seek in push mode);
    # an ffmpeg feeder replaying it in real time as RTP into a live udpsrc behaves like a real camera.
    feeders.append(subprocess.Popen(
        ['ffmpeg', '-nostdin', '-hide_banner', '-loglevel', 'error', '-re', '-stream_loop', '-1',
         '-i', os.path.join(a.media, name), '-an', '-c', 'copy', '-f', 'rtp', '-payload_type', '96',
         '-sdp_file', '/dev/null', f'rtp://127.0.0.1:{port}?pkt_size=1200'], preexec_fn=die_with_parent))
    e = enc.lower()
    return (f'( udpsrc address=127.0.0.1 port={port} buffer-size=4194304 '
            f'caps="application/x-rtp,media=video,clock-rate=90000,encoding-name={enc},payload=96" '
            f'! rtpjitterbuffer latency=100 ! rtp{e}depay ! {e}parse config-interval=-1 ! queue '
            f'! rtp{e}pay name=pay0 pt=96 config-interval=-1 )')

base = int(a.port) * 10 % 60000  # feeder UDP ports derived from the RTSP port so cameras can coexist
files = {'/Streaming/Channels/101': ('main1080.ts', 0, 'H264'),
         '/Streaming/Channels/102': ('sub360.ts', 2, 'H264'),
         '/h265': ('main1080_h265.ts', 4, 'H265')}
streams = {path: live_rtp(name, base + off, enc) for path, (name, off, enc) in files.items()
           if os.path.exists(os.path.join(a.media, name))}
streams['/audioonly'] = ('( audiotestsrc is-live=true ! audioconvert ! audioresample ! audio/x-raw,rate=8000,channels=1 '
                         '! mulawenc ! rtppcmupay name=pay0 pt=0 )')
for path, launch in streams.items():
    f = GstRtspServer.RTSPMediaFactory()
    f.set_launch(launch)
    f.set_shared(True)  # one pipeline per mount, many clients (like a camera)
    if a.user:
        perms = GstRtspServer.RTSPPermissions()
        perms.add_permission_for_role('user', 'media.factory.access', True)
        perms.add_permission_for_role('user', 'media.factory.construct', True)
        f.set_permissions(perms)
    mounts.add_factory(path, f)

if a.user:
    auth = GstRtspServer.RTSPAuth()
    auth.set_supported_methods(GstRtsp.RTSPAuthMethod.DIGEST if a.auth == 'digest' else GstRtsp.RTSPAuthMethod.BASIC)
    tok = GstRtspServer.RTSPToken()
    tok.set_string('media.factory.role', 'user')
    auth.add_basic(GstRtspServer.RTSPAuth.make_basic(a.user, a.password), tok)
    auth.add_digest(a.user, a.password, tok)
    server.set_auth(auth)

if server.attach(None) == 0:
    print('failed to bind', a.port, file=sys.stderr); sys.exit(2)
print(f'camsim listening rtsp://127.0.0.1:{a.port} mounts={list(streams)} auth={bool(a.user)}', flush=True)
loop = GLib.MainLoop()
signal.signal(signal.SIGTERM, lambda *x: loop.quit())
signal.signal(signal.SIGINT, lambda *x: loop.quit())
if a.exit_with_stdin:  # a test runner killed mid-test must not leave a camera behind
    GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_IN | GLib.IO_HUP | GLib.IO_ERR,
                      lambda fd, cond: (loop.quit(), False)[1] if not os.read(fd, 1024) else True)
# expire idle sessions so killed clients don't pile up
GLib.timeout_add_seconds(2, lambda: (server.get_session_pool().cleanup(), True)[1])
loop.run()
for p in feeders:
    p.terminate()
