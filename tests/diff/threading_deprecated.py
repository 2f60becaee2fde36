# threading's deprecated camelCase API warns like CPython (from __main__).
import threading

th = threading.Thread(target=lambda: None, name='dep')
print(th.getName())
th.setName('dep2')
print(th.name, th.isDaemon())
th.setDaemon(True)
print(th.daemon)
print(threading.currentThread() is threading.current_thread())
print(threading.activeCount())
ev = threading.Event()
print(ev.isSet())
cond = threading.Condition()
with cond:
    cond.notifyAll()
th.start()
th.join()
print(th.is_alive())
