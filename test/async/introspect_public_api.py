# The public attributes of asyncio's objects (3.11: no Task.get_context, no Handle.get_context).
import asyncio

NETWORK = {"add_reader", "add_signal_handler", "add_writer", "connect_accepted_socket", "connect_read_pipe",
           "connect_write_pipe", "create_connection", "create_datagram_endpoint", "create_server",
           "create_unix_connection", "create_unix_server", "getaddrinfo", "getnameinfo", "remove_reader",
           "remove_signal_handler", "remove_writer", "sendfile", "start_tls", "subprocess_exec", "subprocess_shell"}

def public(o):
    return [n for n in sorted(dir(o)) if not n.startswith("_") and n not in NETWORK and not n.startswith("sock_")]

async def c():
    pass

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(c())
    objs = {"loop": loop, "task": t, "future": loop.create_future(), "handle": loop.call_soon(print),
            "timer": loop.call_later(1, print), "lock": asyncio.Lock(), "event": asyncio.Event(),
            "cond": asyncio.Condition(), "sem": asyncio.Semaphore(), "bsem": asyncio.BoundedSemaphore(),
            "barrier": asyncio.Barrier(2), "queue": asyncio.Queue(), "timeout": asyncio.timeout(1),
            "tg": asyncio.TaskGroup(), "runner": asyncio.Runner, "policy": asyncio.get_event_loop_policy()}
    for k, o in objs.items():
        print(k, public(o))
    print("slow_callback_duration:", loop.slow_callback_duration)
    await t

asyncio.run(main())
