// finding: R8-cancel-in-futures-join
// seed: 1000000
// expect `take 0 mid 1 cancel` => w2- j2 gaveup w1x t31 t31. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t31");
        ctx.log("t31.");
    }
    futures::join!(async { W::new(&ctx, 1, 1).await; ctx.log("j1"); }, async { W::new(&ctx, 2, 0).await; ctx.log("j2"); });
    let m3: u32 = match ctx.pick(3, 1, 2) {
        0 => {
            W::new(&ctx, 4, 2).await;
            let mut c5 = 0;
            let b5: u32 = loop {
                c5 += 1;
                if c5 > 0 { break 24; }
                let b6: u32 = 'l6: {
                    yield_!(7);
                    W::new(&ctx, 8, 2).await;
                    let _ = tokio::try_join!(W::new(&ctx, 9, 0).ok(), async { W::new(&ctx, 10, 3).await; ctx.log("j10"); Err::<(), u32>(10) }, W::new(&ctx, 11, 2).ok());
                    18
                };
                ctx.log(format!("b6={b6}"));
            };
            ctx.log(format!("b5={b5}"));
            yield_!(12);
            return;
        }
        _ => {
            let m13: u32 = match ctx.pick(13, 2, 3) {
                0 => {
                    tokio::select! {
                        _ = W::new(&ctx, 14, 3) => {
                            ctx.log("s15");
                            yield_!(16);
                            W::new(&ctx, 17, 2).await;
                            return;
                        }
                        _ = W::new(&ctx, 18, 0) => {
                            yield_!(19);
                            ctx.log("s20");
                            yield_!(21);
                            yield_!(22);
                        }
                        _ = W::new(&ctx, 23, 1), if ctx.ch(24, 0b11, 4) => {
                            yield_!(25);
                            yield_!(26);
                            futures::join!(async { W::new(&ctx, 27, 2).await; ctx.log("j27"); }, async { W::new(&ctx, 28, 0).await; ctx.log("j28"); });
                        }
                    }
                    return;
                }
                1 => {
                    ctx.log("s29");
                    return;
                }
                _ => {
                    ctx.log("s30");
                    25
                }
            };
            ctx.log(format!("m13={m13}"));
            25
        }
    };
    ctx.log(format!("m3={m3}"));
}
