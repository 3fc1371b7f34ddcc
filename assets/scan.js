// The camera side of "Scan result codes" on the host screen, loaded only when scanning
// starts; it loads jsQR.js (the QR decoder, from the jsqr package, Apache-2.0) the same way.
// The app (src/services/camera.rs) opens the camera on a <video> it draws, asks for a
// frame's text every few hundred milliseconds, and closes the camera when scanning stops.
// A classic script: it defines one global, boardroomScan, and runs nothing on its own.
(function () {
  var canvas = document.createElement("canvas");
  var context = null;
  // A frame this wide is enough for a phone held up to a laptop, and cheap to decode.
  var WIDTH = 640;

  // The decoder, fetched once, beside this file.
  var decoder = null;
  function loadDecoder() {
    decoder =
      decoder ||
      new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = "jsQR.js";
        script.onload = resolve;
        script.onerror = function () {
          decoder = null;
          reject(new Error("NotLoaded"));
        };
        document.head.appendChild(script);
      });
    return decoder;
  }

  window.boardroomScan = {
    // Loads the decoder and starts the camera into `video`. Rejects with an error whose
    // `name` says why: the browser's (NotAllowedError when refused, NotFoundError when there
    // is none), "NotLoaded" when the decoder could not be fetched, or TypeError when the
    // page cannot use a camera at all (an insecure address).
    open: function (video) {
      var devices = navigator.mediaDevices;
      if (!devices || !devices.getUserMedia) {
        return Promise.reject(new TypeError("no camera API on this page"));
      }
      return loadDecoder()
        .catch(function () {
          var error = new Error("the code reader could not be loaded");
          error.name = "NotLoaded";
          throw error;
        })
        .then(function () {
          return devices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
        })
        .then(function (stream) {
          video.srcObject = stream;
          video.muted = true;
          video.setAttribute("playsinline", "");
          return video.play();
        });
    },

    // The text of the QR code in the video's current frame, or null.
    read: function (video) {
      if (typeof jsQR !== "function" || !video.videoWidth || video.readyState < 2) return null;
      var scale = Math.min(1, WIDTH / video.videoWidth);
      var width = Math.round(video.videoWidth * scale);
      var height = Math.round(video.videoHeight * scale);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
        context = canvas.getContext("2d", { willReadFrequently: true });
      }
      context.drawImage(video, 0, 0, width, height);
      var pixels = context.getImageData(0, 0, width, height);
      var found = jsQR(pixels.data, width, height, { inversionAttempts: "dontInvert" });
      return found && found.data ? found.data : null;
    },

    // Stops the camera (its light goes off) and empties `video`.
    close: function (video) {
      var stream = video && video.srcObject;
      if (stream) {
        stream.getTracks().forEach(function (track) {
          track.stop();
        });
      }
      if (video) video.srcObject = null;
    },
  };
})();
